package io.reelforge.media.text;

import io.reelforge.media.speech.WordTiming;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word timings for speech whose engine reports none (OpenAI's speech endpoint, a recorded narration, a video with no
 * voice): the speech's measured length spread over its words in proportion to their syllables. A word's syllables
 * are counted as its groups of vowels (a e i o u y and their accented forms, æ ø œ, the Greek and the Cyrillic
 * vowels), at least one; each digit counts as two, as numbers are read as words ("49" is "for-ty-nine"); and a word
 * that ends a clause or a sentence ({@code , ; : . ! ?}) counts one more, for the pause after it, during which it
 * stays highlighted. It knows no language's spelling: English silent e's ("make") count one syllable too many, but
 * over a sentence such errors even out well enough for a highlight that moves with the voice.
 */
public final class Syllables {

    private static final String VOWELS = "aeiouyæøœαεηιουωаеиоуыэюяіїє";

    private Syllables() {
    }

    /** Spreads {@code seconds} over {@code words}, one after another from 0, without gaps. */
    public static List<WordTiming> spread(List<String> words, double seconds) {
        double total = words.stream().mapToInt(Syllables::weight).sum();
        List<WordTiming> timings = new ArrayList<>();
        double done = 0;
        for (String word : words) {
            double start = seconds * done / total;
            done += weight(word);
            timings.add(new WordTiming(word, start, seconds * done / total));
        }
        return timings;
    }

    /** Syllables, with the pause after a clause's last word. */
    static int weight(String word) {
        return count(word) + (word.matches(".*[,;:.!?…]$") ? 1 : 0);
    }

    static int count(String word) {
        int syllables = 0;
        boolean inVowels = false;
        for (int c : word.toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isDigit(c)) {
                syllables += 2;
                inVowels = false;
                continue;
            }
            boolean vowel = isVowel(c);
            if (vowel && !inVowels) {
                syllables++;
            }
            inVowels = vowel;
        }
        return Math.max(1, syllables);
    }

    /** The letter without its accents is a vowel (é, ü, ά, ё); й is a consonant, whatever its base letter. */
    private static boolean isVowel(int c) {
        if (c == 'й') {
            return false;
        }
        String base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
        return !base.isEmpty() && VOWELS.indexOf(base.codePointAt(0)) >= 0;
    }
}
