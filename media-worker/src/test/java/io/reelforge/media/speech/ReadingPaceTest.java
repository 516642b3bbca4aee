package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadingPaceTest {

    @Test
    void sixteenWordsTakeSixSecondsAt160WordsAMinute() {
        String sixteen = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";

        assertThat(ReadingPace.CAPTIONS.timeFor(sixteen)).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void aShortCaptionStaysUpForTheMinimumOfAScene() {
        assertThat(ReadingPace.CAPTIONS.timeFor("Aurora.")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void punctuationAloneIsNoWord() {
        assertThat(ReadingPace.words("Slow mornings — made simple !")).isEqualTo(4.0);
    }

    @Test
    void chineseAndJapaneseCountTwoCharactersAWord() {
        assertThat(ReadingPace.words("慢慢地享受早晨")).isCloseTo(3.5, within(1e-9));
        assertThat(ReadingPace.words("ゆっくり 朝を")).isCloseTo(3.0, within(1e-9));
    }
}
