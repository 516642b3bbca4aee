package io.reelforge.media.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maps what a speech engine says it spoke (its tokens, each with a time) back onto the script's words. Engines
 * split and rewrite text: MaryTTS reads {@code "$49.99"} as a {@code "$"} token and six number words,
 * {@code "pour-over"} as two words, drops commas. So both sides are compared as their letters and digits only,
 * lower-cased, and each token is looked for at the script's current position: it gives its time to the words its
 * characters fall in (split by character count when it spans several). A token that cannot be found close ahead
 * (a rewritten abbreviation, a number spelled out without its original) is skipped; a word no token reached is
 * given the time between its neighbours, which is where its sound was.
 */
final class WordAlignment {

    /** What an engine reports: a piece of text as it read it (or as it was written, where it says) and its time. */
    record Token(String text, double start, double end) {
    }

    /** A token found further ahead than this many words is taken for a false match. */
    private static final int MAX_SKIPPED_WORDS = 3;

    private WordAlignment() {
    }

    /**
     * @param words the script's words ({@link ScriptWords#of})
     * @param tokens the engine's tokens in the order spoken
     * @param seconds the audio's length: every timing ends inside it
     * @return one timing per word, in order, never overlapping
     */
    static List<WordTiming> align(List<String> words, List<Token> tokens, double seconds) {
        StringBuilder script = new StringBuilder();
        List<Integer> owner = new ArrayList<>(); // the word each character of the script belongs to
        for (int w = 0; w < words.size(); w++) {
            String letters = letters(words.get(w));
            script.append(letters);
            for (int c = 0; c < letters.length(); c++) {
                owner.add(w);
            }
        }
        double[] starts = new double[words.size()];
        double[] ends = new double[words.size()];
        Arrays.fill(starts, Double.NaN);
        int cursor = 0;
        for (Token token : tokens) {
            String letters = letters(token.text());
            int at = letters.isEmpty() ? -1 : script.indexOf(letters, cursor);
            if (at < 0 || cursor < owner.size() && owner.get(at) - owner.get(cursor) > MAX_SKIPPED_WORDS) {
                continue;
            }
            for (int c = 0; c < letters.length(); c++) {
                int word = owner.get(at + c);
                if (Double.isNaN(starts[word])) {
                    starts[word] = share(token, c, letters.length());
                }
                ends[word] = share(token, c + 1, letters.length());
            }
            cursor = at + letters.length();
        }
        fillGaps(starts, ends, seconds);
        List<WordTiming> timings = new ArrayList<>();
        double previousEnd = 0;
        for (int w = 0; w < words.size(); w++) {
            double start = Math.clamp(starts[w], previousEnd, seconds);
            double end = Math.clamp(ends[w], start, seconds);
            timings.add(new WordTiming(words.get(w), start, end));
            previousEnd = end;
        }
        return timings;
    }

    /** Where the token's {@code chars}-th of {@code length} characters begins, its end exactly for the last. */
    private static double share(Token token, int chars, int length) {
        return chars == length ? token.end() : token.start() + (token.end() - token.start()) * chars / length;
    }

    /** Each run of words no token reached shares, evenly, the time between the timed words around it. */
    private static void fillGaps(double[] starts, double[] ends, double seconds) {
        int w = 0;
        while (w < starts.length) {
            if (!Double.isNaN(starts[w])) {
                w++;
                continue;
            }
            int runEnd = w;
            while (runEnd < starts.length && Double.isNaN(starts[runEnd])) {
                runEnd++;
            }
            double from = w == 0 ? 0 : ends[w - 1];
            double to = runEnd == starts.length ? seconds : starts[runEnd];
            double share = Math.max(0, to - from) / (runEnd - w);
            for (int i = w; i < runEnd; i++) {
                starts[i] = from + share * (i - w);
                ends[i] = starts[i] + share;
            }
            w = runEnd;
        }
    }

    /** Letters and digits only, lower-cased: what an engine's token and the script still share. */
    static String letters(String text) {
        StringBuilder out = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
