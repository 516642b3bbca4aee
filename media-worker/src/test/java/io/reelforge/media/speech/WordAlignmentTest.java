package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelforge.media.speech.WordAlignment.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordAlignmentTest {

    @Test
    void punctuationAndCaseDoNotKeepATokenFromItsWord() {
        List<WordTiming> words = WordAlignment.align(List.of("Meet", "AURORA,", "today!"),
                List.of(new Token("meet", 0.0, 0.3), new Token("Aurora", 0.3, 0.8), new Token(",", 0.8, 0.8),
                        new Token("today", 1.2, 1.6), new Token("!", 1.6, 1.6)), 2.0);

        assertThat(words).containsExactly(new WordTiming("Meet", 0.0, 0.3), new WordTiming("AURORA,", 0.3, 0.8),
                new WordTiming("today!", 1.2, 1.6));
    }

    @Test
    void aWordTheEngineSplitTakesTheTimeOfAllItsParts() {
        List<WordTiming> words = WordAlignment.align(List.of("a", "pour-over", "set"),
                List.of(new Token("a", 0.0, 0.1), new Token("pour", 0.1, 0.4), new Token("-", 0.4, 0.4),
                        new Token("over", 0.4, 0.7), new Token("set", 0.7, 1.0)), 1.0);

        assertThat(words.get(1)).isEqualTo(new WordTiming("pour-over", 0.1, 0.7));
    }

    @Test
    void aTokenSpanningTwoWordsIsSharedByTheirLetters() {
        List<WordTiming> words = WordAlignment.align(List.of("New", "York"), List.of(new Token("NewYork", 0, 0.7)),
                0.7);

        assertThat(words.get(0).end()).isCloseTo(0.3, within(1e-9));
        assertThat(words.get(1).start()).isCloseTo(0.3, within(1e-9));
        assertThat(words.get(1).end()).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void wordsNoTokenMatchedShareTheTimeBetweenTheirNeighbours() {
        // an engine that spelled the number out without saying what it stood for
        List<WordTiming> words = WordAlignment.align(List.of("only", "12", "&", "done"),
                List.of(new Token("only", 0, 0.4), new Token("twelve", 0.4, 0.8), new Token("and", 0.8, 1.0),
                        new Token("done", 1.0, 1.4)), 1.5);

        assertThat(words).containsExactly(new WordTiming("only", 0, 0.4), new WordTiming("12", 0.4, 0.7),
                new WordTiming("&", 0.7, 1.0), new WordTiming("done", 1.0, 1.4));
    }

    @Test
    void aTokenFoundFarAheadIsTakenForAFalseMatchAndSkipped() {
        // "a" is not in the first words: matching the "a" of "data" would push every later word too far
        List<WordTiming> words = WordAlignment.align(List.of("one", "two", "three", "four", "five", "data"),
                List.of(new Token("one", 0, 0.2), new Token("a", 0.2, 0.3), new Token("two", 0.3, 0.5),
                        new Token("three", 0.5, 0.7), new Token("four", 0.7, 0.9), new Token("five", 0.9, 1.1),
                        new Token("data", 1.1, 1.4)), 1.5);

        assertThat(words.get(1)).isEqualTo(new WordTiming("two", 0.3, 0.5));
        assertThat(words.get(5)).isEqualTo(new WordTiming("data", 1.1, 1.4));
    }

    @Test
    void timingsStayInsideTheAudio() {
        List<WordTiming> words = WordAlignment.align(List.of("late"), List.of(new Token("late", 0.9, 1.3)), 1.0);

        assertThat(words).containsExactly(new WordTiming("late", 0.9, 1.0));
    }
}
