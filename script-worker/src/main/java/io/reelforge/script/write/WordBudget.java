package io.reelforge.script.write;

import java.util.Locale;
import java.util.Map;

/**
 * How many words fit a video of a given length, at the pace a narrator speaks the language. About 2.5 words a
 * second (150 a minute) in English; German packs more into its longer compound words and is spoken with fewer of
 * them, French and Spanish run a little faster on shorter words.
 */
public final class WordBudget {

    /** About 150 words a minute, an unhurried English narration pace. */
    public static final double WORDS_PER_SECOND = 2.5;

    private static final Map<String, Double> RATES = Map.of("en", WORDS_PER_SECOND, "de", 2.2, "fr", 2.6, "es", 2.6);

    private WordBudget() {
    }

    /** Words of English narration in {@code durationSeconds}. */
    public static int words(int durationSeconds) {
        return words(durationSeconds, "en");
    }

    /** Words of narration in {@code durationSeconds} in the language of a BCP 47 tag ("de", "fr-CA"). */
    public static int words(int durationSeconds, String language) {
        return (int) Math.round(durationSeconds * wordsPerSecond(language));
    }

    public static double wordsPerSecond(String language) {
        String base = language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return RATES.getOrDefault(base, WORDS_PER_SECOND);
    }
}
