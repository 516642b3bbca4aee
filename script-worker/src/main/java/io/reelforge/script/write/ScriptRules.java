package io.reelforge.script.write;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.product.ProductDetails;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a finished script must respect, whoever wrote it: its language, the words its length allows, how many
 * scenes and images it has, and the facts it may state.
 *
 * @param language a well-formed BCP 47 tag
 * @param wordBudget the words the duration holds at the language's pace, with a pause around each of
 *        {@code maxScenes} scenes
 * @param maxScenes the most scenes: the client's limit, else one that suits the duration
 * @param imageCount the product's images (0 for a keyword): every scene's image index points into them
 * @param facts everything the page said, lower-cased, but for sentences that give instructions: a claim the
 *        script makes must be found here
 */
public record ScriptRules(String language, int durationSeconds, int wordBudget, int maxScenes, int imageCount,
        String facts) {

    /** Where the page's text is cut into sentences, so one that gives instructions is no evidence for a claim. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R");

    /** A client may ask for as few as one scene; more than this would flash by in a short video. */
    public static final int MOST_SCENES = 12;

    public static ScriptRules of(ScriptSubject subject, JobOptions options) {
        String language = language(options.language());
        int seconds = options.durationSeconds();
        int scenes = maxScenes(options);
        return new ScriptRules(language, seconds, WordBudget.words(seconds, language, scenes), scenes,
                subject.imageCount(), facts(subject));
    }

    /**
     * How far a model's narration may run past the budget: a few words of slack, since 2.5 words a second is an
     * average, not a metronome. The offline writer stays within the budget itself.
     */
    public int wordLimit() {
        return wordBudget + Math.max(2, wordBudget / 10);
    }

    /** The tag, well-formed and normalized ("de-at" becomes "de-AT"); English when it is not a language tag. */
    public static String language(String requested) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(requested.strip().replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? JobOptions.DEFAULT_LANGUAGE : locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            return JobOptions.DEFAULT_LANGUAGE;
        }
    }

    /**
     * 3 scenes up to 10 s, 4 up to 15 s, 6 up to 30 s, 8 beyond, unless the client asked for fewer (or more, up to
     * 12): each scene's pause takes time a short video does not have.
     */
    static int maxScenes(JobOptions options) {
        Integer requested = options.maxScenes();
        if (requested != null && requested > 0) {
            return Math.min(requested, MOST_SCENES);
        }
        int seconds = options.durationSeconds();
        return seconds <= 10 ? 3 : seconds <= 15 ? 4 : seconds <= 30 ? 6 : 8;
    }

    private static String facts(ScriptSubject subject) {
        return switch (subject) {
            case ScriptSubject.Product p -> {
                ProductDetails d = p.details();
                yield Stream.concat(Stream.of(d.title(), d.description(), d.brand(), d.availability()),
                                d.features().stream())
                        .filter(s -> s != null && !s.isBlank())
                        .flatMap(SENTENCE_END::splitAsStream)
                        .filter(s -> !ScriptValidator.looksLikeInstructions(s))
                        .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
            }
            case ScriptSubject.Keyword k -> k.keyword().toLowerCase(Locale.ROOT);
        };
    }
}
