package io.reelforge.script.write;

/** How many words fit a video of a given length, at the pace a narrator speaks. */
public final class WordBudget {

    /** About 150 words a minute, an unhurried narration pace. */
    public static final double WORDS_PER_SECOND = 2.5;

    private WordBudget() {
    }

    public static int words(int durationSeconds) {
        return (int) Math.round(durationSeconds * WORDS_PER_SECOND);
    }
}
