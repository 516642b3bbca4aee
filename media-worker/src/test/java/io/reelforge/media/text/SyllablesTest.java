package io.reelforge.media.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelforge.media.speech.WordTiming;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyllablesTest {

    @Test
    void syllablesAreGroupsOfVowelsInLatinGreekAndCyrillicScript() {
        assertThat(Syllables.count("Aurora")).isEqualTo(3);
        assertThat(Syllables.count("coffee")).isEqualTo(2);
        assertThat(Syllables.count("Straße")).isEqualTo(2);
        assertThat(Syllables.count("café")).isEqualTo(2);
        assertThat(Syllables.count("привет")).isEqualTo(2);
        assertThat(Syllables.count("мой")).isEqualTo(1); // й is a consonant
        assertThat(Syllables.count("ελληνικά")).isEqualTo(4);
    }

    @Test
    void everyWordHasAtLeastOneSyllableAndEachDigitTwo() {
        assertThat(Syllables.count("—")).isEqualTo(1);
        assertThat(Syllables.count("TV")).isEqualTo(1);
        assertThat(Syllables.count("$49.99")).isEqualTo(8);
    }

    @Test
    void aWordEndingAClauseCountsOneMoreForThePauseAfterIt() {
        assertThat(Syllables.weight("set,")).isEqualTo(Syllables.weight("set") + 1);
        assertThat(Syllables.weight("today!")).isEqualTo(Syllables.weight("today") + 1);
    }

    @Test
    void theSpreadFillsTheSpeechWordAfterWordInProportionToSyllables() {
        List<WordTiming> words = Syllables.spread(List.of("Meet", "Aurora,", "today."), 2.4);

        // weights 1, 3 + 1, 2 + 1: eight parts of 0.3 s
        assertThat(words).extracting(WordTiming::word).containsExactly("Meet", "Aurora,", "today.");
        assertThat(words.get(0).start()).isZero();
        assertThat(words.get(0).end()).isCloseTo(0.3, within(1e-9));
        assertThat(words.get(1).start()).isEqualTo(words.get(0).end());
        assertThat(words.get(1).end()).isCloseTo(1.5, within(1e-9));
        assertThat(words.get(2).start()).isEqualTo(words.get(1).end());
        assertThat(words.get(2).end()).isCloseTo(2.4, within(1e-9));
        assertThat(words.stream().mapToDouble(WordTiming::seconds).sum()).isCloseTo(2.4, within(1e-9));
    }
}
