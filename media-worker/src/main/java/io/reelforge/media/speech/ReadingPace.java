package io.reelforge.media.speech;

import java.time.Duration;

/**
 * How long a scene stays up when nothing is spoken ({@code narration: none}): long enough to read its caption at a
 * comfortable pace while the picture moves.
 *
 * <p>{@link #CAPTIONS} reads 160 words a minute, the low end of what subtitle guidelines allow adults (the BBC's
 * 160-180): a caption over a moving product shot shares the viewer's eyes, so it is read more slowly than a page
 * (about 240 words a minute in silent reading studies), and at 160 it comes close to the pace the script was
 * written for (150 spoken words a minute in English), so a video without a voice lasts about as long as one with.
 * Each scene stays at least 2 s, so a one-word scene can still be found, read and seen to move.
 *
 * <p>Words are counted between spaces; in scripts that write no spaces between words (Chinese, Japanese) every two
 * characters count as a word, the usual length of a Chinese word.
 */
public record ReadingPace(double wordsPerMinute, Duration minimumScene) {

    public static final ReadingPace CAPTIONS = new ReadingPace(160, Duration.ofSeconds(2));

    public ReadingPace {
        if (wordsPerMinute <= 0 || minimumScene.isNegative()) {
            throw new IllegalArgumentException("a reading pace needs a positive speed and a minimum of zero or more");
        }
    }

    /** How long the text takes to read at this pace, and at least the minimum of a scene. */
    public Duration timeFor(String text) {
        Duration reading = Duration.ofNanos(Math.round(words(text) * 60e9 / wordsPerMinute));
        return reading.compareTo(minimumScene) < 0 ? minimumScene : reading;
    }

    /** The words a reader reads in the text: space-separated ones, and two characters of Chinese or Japanese each. */
    static double words(String text) {
        double words = 0;
        for (String token : text.strip().split("\\s+")) {
            long unspaced = token.codePoints().filter(ReadingPace::isUnspacedScript).count();
            boolean spaced = token.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && !isUnspacedScript(c));
            words += unspaced / 2.0 + (spaced ? 1 : 0);
        }
        return words;
    }

    private static boolean isUnspacedScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
