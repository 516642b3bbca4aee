package io.reelforge.script.write;

import java.util.Locale;
import java.util.Map;

/**
 * How many words fit a video of a given length. A video lasts as long as its narration (each scene stays on screen
 * while it is said), and a narration lasts its words at the language's pace plus a pause around every scene. The
 * pace: about 2.5 words a second (150 a minute) in English; German packs more into its longer compound words and is
 * spoken with fewer of them, French and Spanish run a little faster on shorter words. The pause: the silence the
 * narrator leaves around an utterance and the media worker's 0.25 s breath after each scene. Measured with MaryTTS
 * ({@code cmu-slt-hsmm}, the offline narrator) on 46 offline scripts of 5 corpus products at 10 to 60 s: 2.5 words
 * a second and 0.6 s a scene predict the narration's length within 8 % (root mean square), 17 % at worst; over
 * 133 words of separate sentences MaryTTS spoke 2.46 words a second, edges included.
 */
public final class WordBudget {

    /** About 150 words a minute, an unhurried English narration pace. */
    public static final double WORDS_PER_SECOND = 2.5;
    /** The silence around each scene's narration: the narrator's own (about 0.35 s) and the breath after it. */
    public static final double SCENE_PAUSE_SECONDS = 0.6;
    /** A hook and a call to action: fewer words make no script, however short the video. */
    static final int FEWEST_WORDS = 12;

    private static final Map<String, Double> RATES = Map.of("en", WORDS_PER_SECOND, "de", 2.2, "fr", 2.6, "es", 2.6);

    private WordBudget() {
    }

    /** Words of narration that make a video of {@code durationSeconds} in {@code scenes} scenes. */
    public static int words(int durationSeconds, String language, int scenes) {
        double speaking = durationSeconds - scenes * SCENE_PAUSE_SECONDS;
        return Math.max(FEWEST_WORDS, (int) Math.round(speaking * wordsPerSecond(language)));
    }

    /** How long a narration of {@code words} words in {@code scenes} scenes lasts, in seconds. */
    public static double seconds(int words, int scenes, String language) {
        return words / wordsPerSecond(language) + scenes * SCENE_PAUSE_SECONDS;
    }

    public static double wordsPerSecond(String language) {
        String base = language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return RATES.getOrDefault(base, WORDS_PER_SECOND);
    }
}
