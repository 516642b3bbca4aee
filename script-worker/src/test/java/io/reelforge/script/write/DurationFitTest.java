package io.reelforge.script.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.JobWarning;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DurationFitTest {

    /** 30 s of English in at most 6 scenes: 66 words; 55 words in 6 scenes last 25.6 s, 85 % of 30 s. */
    private static final ScriptRules THIRTY_SECONDS = new ScriptRules("en", 30, 66, 6, 1, "");

    /** A script of {@code words} words spread over {@code scenes} scenes. */
    private static VideoScript script(int words, int scenes) {
        List<Scene> list = IntStream.range(0, scenes).mapToObj(i -> new Scene(
                "word ".repeat(words / scenes + (i < words % scenes ? 1 : 0)).strip() + ".", null, 0, null)).toList();
        return new VideoScript("en", "Kettle", null, list, null);
    }

    @Test
    void aScriptLastsItsWordsAtTheLanguagesPaceAndAPauseAScene() {
        assertThat(DurationFit.seconds(script(50, 4), "en")).isCloseTo(50 / 2.5 + 4 * 0.6, within());
        assertThat(DurationFit.leastWords(THIRTY_SECONDS)).isEqualTo(55);
    }

    @Test
    void aScriptWithin15PercentOfItsDurationHasNoWarning() {
        assertThat(DurationFit.checked(script(55, 6), THIRTY_SECONDS, "why").warnings()).isEmpty();
        assertThat(DurationFit.checked(script(66, 6), THIRTY_SECONDS, "why").warnings()).isEmpty();
    }

    @Test
    void aShorterScriptSaysHowLongItIsAndWhy() {
        VideoScript checked = DurationFit.checked(script(54, 6), THIRTY_SECONDS, "the page says no more");

        assertThat(checked.warnings()).singleElement().isEqualTo(new JobWarning(JobWarning.Code.DURATION_SHORT,
                "The narration has 54 words in 6 scenes, about 25 s at a narrator's pace, for the 30 s asked for:"
                        + " the page says no more. The video is that much shorter."));
        assertThat(checked.withWarnings(List.of())).isEqualTo(script(54, 6));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
