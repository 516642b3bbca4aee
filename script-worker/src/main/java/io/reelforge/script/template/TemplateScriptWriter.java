package io.reelforge.script.template;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.script.write.ScriptRules;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.ScriptValidator;
import io.reelforge.script.write.DurationFit;
import io.reelforge.script.write.ScriptWriter;
import io.reelforge.script.write.SpokenText;
import io.reelforge.script.write.Tone;
import io.reelforge.script.write.WrittenScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a script offline from the facts alone: a hook from the product's name and brand, a few scenes from its
 * description and features, its price when known, and a call to action, in the tone and language asked for,
 * fitted to the words the video's length allows: as many of the facts as fill it, and a {@code duration_short}
 * warning on the script, rather than filler, when they do not ({@link DurationFit}). It writes English, German,
 * French and Spanish, and refuses any other language ({@code language_unsupported}) rather than answer in English.
 * Deterministic: the same request always gets the same script, so a retried stage changes nothing. Its scripts pass
 * the same {@link ScriptValidator} as a model's.
 */
public class TemplateScriptWriter implements ScriptWriter {

    static final String HOOK = "product";
    static final String FEATURE = "feature";
    static final String PRICE = "price";
    static final String CALL_TO_ACTION = "call_to_action";
    /** The languages this writer has phrases for, as the primary subtags of a language tag. */
    public static final java.util.List<String> LANGUAGES = PhraseSets.languages().toList();
    private static final int CLIENT_CTA_WORDS = 12;
    private static final int KEYWORD_WORDS = 6;

    @Override
    public String engine() {
        return "template";
    }

    @Override
    public WrittenScript write(ScriptSubject subject, JobOptions options) {
        ScriptRules rules = ScriptRules.of(subject, options);
        // a script in another language than the one asked for is no script: the client would get English for zh-TW
        PhraseSet phrases = PhraseSets.find(rules.language()).orElseThrow(() -> new PermanentJobFailure(
                ErrorCode.LANGUAGE_UNSUPPORTED, "The offline script writer writes " + String.join(", ", LANGUAGES)
                        + ", not " + rules.language() + ". Ask for one of these, or give the script worker a"
                        + " language model (OPENAI_API_KEY), which writes any language."));
        Tone tone = Tone.of(options.tone());
        Script script = switch (subject) {
            case ScriptSubject.Product p -> productScript(p.details(), phrases, tone, options);
            case ScriptSubject.Keyword k -> keywordScript(k, phrases, options);
        };
        VideoScript written = script.compose(subject, rules.language(), rules);
        List<String> problems = ScriptValidator.problems(written, rules);
        if (!problems.isEmpty()) {
            throw new PermanentJobFailure(ErrorCode.SCRIPT_INVALID, "The offline script failed its checks: "
                    + String.join(" ", problems));
        }
        return WrittenScript.offline(written);
    }

    private static Script productScript(ProductDetails product, PhraseSet phrases, Tone tone, JobOptions options) {
        String name = ProductFacts.spokenTitle(product);
        int seed = name.hashCode();
        String brand = ProductFacts.brandToMention(product, name);
        String hookText = brand == null
                ? PhraseSet.fill(PhraseSet.pick(phrases.hooks().get(tone), seed, 1), "title", name)
                : PhraseSet.fill(PhraseSet.fill(PhraseSet.pick(phrases.brandedHooks().get(tone), seed, 1),
                        "title", name), "brand", brand);
        Line hook = new Line(SpokenText.clean(hookText), name, HOOK);
        List<Line> ctas = phrases.callsToAction().get(tone).stream().map(l -> filled(l, "title", name)).toList();
        Line price = SpokenPrice.spoken(product.price(), product.currency(), phrases.price())
                .map(said -> {
                    String shown = SpokenPrice.display(product.price(), product.currency(), phrases.language())
                            .orElse(said);
                    return new Line(SpokenText.clean(PhraseSet.fill(PhraseSet.pick(phrases.priceLines(), seed, 3),
                            "price", said)), shown, PRICE);
                })
                .orElse(null);
        List<Line> facts = ProductFacts.of(product, phrases);
        if (facts.isEmpty()) {
            facts = List.of(new Line(PhraseSet.fill(phrases.closerLook(), "title", name), name));
        }
        return new Script(hook, facts, price, clientCallToAction(options).orElse(PhraseSet.pick(ctas, seed, 2)),
                ctas);
    }

    private static Script keywordScript(ScriptSubject.Keyword subject, PhraseSet phrases, JobOptions options) {
        String keyword = SpokenText.caption(subject.keyword(), KEYWORD_WORDS);
        int seed = keyword.hashCode();
        String hookText = PhraseSet.fill(PhraseSet.pick(phrases.keywordHooks(), seed, 1), "keyword", keyword);
        Line hook = new Line(SpokenText.clean(hookText), SpokenText.capitalize(SpokenText.caption(keyword, 5)), HOOK);
        List<Line> ctas = phrases.keywordCallsToAction().stream().map(l -> filled(l, "keyword", keyword)).toList();
        return new Script(hook, phrases.keywordAdvice(), null,
                clientCallToAction(options).orElse(PhraseSet.pick(ctas, seed, 2)), ctas);
    }

    /** The client's own closing line, said as a sentence and kept to a breath's length. */
    private static java.util.Optional<Line> clientCallToAction(JobOptions options) {
        String text = SpokenText.caption(options.callToAction() == null ? "" : options.callToAction(),
                CLIENT_CTA_WORDS);
        return text.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(new Line(SpokenText.sentence(text), SpokenText.caption(text, 4)));
    }

    private static Line filled(Line template, String placeholder, String value) {
        return new Line(SpokenText.clean(PhraseSet.fill(template.spoken(), placeholder, value)),
                PhraseSet.fill(template.caption(), placeholder, value), null);
    }

    /** The parts of a script before they are fitted to the budget and the scene limit. */
    private record Script(Line hook, List<Line> content, @Nullable Line price, Line callToAction,
            List<Line> shorterCallsToAction) {

        /**
         * Hook, content, price, call to action, within the word budget: a shorter call to action when the chosen one
         * leaves no room, the price when it fits beside at least one content line, content lines in order while they
         * fit (a longer one cut at a clause that fits); then as many scenes as the limit allows, neighbours sharing a
         * scene when there are too many lines. A script that still falls short of the duration says why.
         */
        VideoScript compose(ScriptSubject subject, String language, ScriptRules rules) {
            int budget = rules.wordBudget();
            int shortestContent = content.stream().mapToInt(Line::words).min().orElse(0);
            Line cta = callToAction;
            if (hook.words() + cta.words() + shortestContent > budget) {
                cta = shorterCallsToAction.stream().min(Comparator.comparingInt(Line::words)).orElse(cta);
            }
            cta = new Line(cta.spoken(), cta.caption(), CALL_TO_ACTION);
            int fixed = hook.words() + cta.words();
            Line said = price != null && fixed + price.words() + shortestContent <= budget ? price : null;
            int remaining = budget - fixed - (said == null ? 0 : said.words());
            List<Line> chosen = new ArrayList<>();
            for (Line line : content) {
                // a line too long for what is left is said up to a clause boundary that fits, if it has one
                String spoken = line.words() <= remaining ? line.spoken()
                        : ProductFacts.cutToFit(line.spoken(), remaining);
                if (!spoken.isEmpty()) {
                    chosen.add(new Line(spoken, line.caption(), FEATURE));
                    remaining -= SpokenText.wordCount(spoken);
                }
            }
            if (chosen.isEmpty() && remaining >= 3) {
                Line first = content.getFirst();
                chosen.add(new Line(firstWords(first.spoken(), remaining), first.caption(), FEATURE));
            }
            int contentScenes = Math.max(1, rules.maxScenes() - 2 - (said == null ? 0 : 1));
            List<Line> lines = new ArrayList<>();
            lines.add(hook);
            lines.addAll(grouped(chosen, Math.min(chosen.size(), contentScenes)));
            if (said != null) {
                lines.add(said);
            }
            lines.add(cta);
            if (lines.size() > rules.maxScenes()) {
                lines = grouped(lines, rules.maxScenes());
            }
            List<Scene> scenes = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                scenes.add(new Scene(line.spoken(), line.caption().isBlank() ? null : line.caption(),
                        subject.imageIndex(i), line.emphasis()));
            }
            VideoScript script = new VideoScript(language, subject.title(), hook.spoken(), scenes, cta.spoken());
            return DurationFit.checked(script, rules, chosen.size() < content.size()
                    ? "the page's other sentences are too long for the time that is left"
                    : switch (subject) {
                        case ScriptSubject.Product p ->
                                "the product page gives no more facts to say without repeating them or inventing any";
                        case ScriptSubject.Keyword k ->
                                "a script from a keyword has no more general advice to give without repeating it";
                    });
        }

        /** Consecutive lines joined into {@code groups} scenes of nearly equal size; each keeps its first caption. */
        private static List<Line> grouped(List<Line> lines, int groups) {
            List<Line> scenes = new ArrayList<>();
            int start = 0;
            for (int g = 0; g < groups; g++) {
                int left = lines.size() - start;
                int size = left / (groups - g) + (left % (groups - g) > 0 ? 1 : 0);
                List<Line> part = lines.subList(start, start + size);
                scenes.add(new Line(String.join(" ", part.stream().map(Line::spoken).toList()),
                        part.getFirst().caption(), part.getFirst().emphasis()));
                start += size;
            }
            return scenes;
        }

        private static String firstWords(String sentence, int words) {
            String[] parts = sentence.split("\\s+");
            return SpokenText.sentence(String.join(" ", java.util.Arrays.copyOf(parts, Math.min(words,
                    parts.length))));
        }
    }
}
