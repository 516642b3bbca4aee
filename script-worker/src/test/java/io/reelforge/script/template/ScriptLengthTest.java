package io.reelforge.script.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobWarning;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.VideoScript;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.DurationFit;
import io.reelforge.script.write.WordBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code durationSeconds} sets the narration's length, and the narration sets the video's: a script lasts as long as
 * it takes the narrator to say it, {@value WordBudget#WORDS_PER_SECOND} English words a second and
 * {@value WordBudget#SCENE_PAUSE_SECONDS} s of pause a scene (as measured with MaryTTS, the offline narrator; see
 * {@link WordBudget}). A product page with enough to say fills 15, 30 and 60 s within 15 %; one without gets a
 * shorter script that says why, not invented narration.
 */
class ScriptLengthTest {

    private final TemplateScriptWriter writer = new TemplateScriptWriter();

    private VideoScript write(ProductDetails product, int seconds) {
        return writer.write(new ScriptSubject.Product(product), new JobOptions(seconds, "en", null)).script();
    }

    private static double narratedSeconds(VideoScript script) {
        return DurationFit.seconds(script, "en");
    }

    @ParameterizedTest(name = "{0} s")
    @ValueSource(ints = {15, 30, 60})
    void aRealProductPageWithEnoughToSayFillsItsDurationWithin15Percent(int seconds) {
        VideoScript script = write(CorpusPages.product("monsterpetsupplies"), seconds);

        assertThat(narratedSeconds(script)).isBetween(seconds * 0.85, seconds * 1.15);
        assertThat(script.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} s")
    @ValueSource(ints = {15, 30})
    void theDemoStoresProductFillsShortVideos(int seconds) {
        VideoScript script = write(TestProducts.halcyon(), seconds);

        assertThat(narratedSeconds(script)).isBetween(seconds * 0.85, seconds * 1.15);
        assertThat(script.warnings()).isEmpty();
    }

    @Test
    void theDemoStoresProductAskedFor180SecondsGetsEveryFactItHasAndAWarningThatSaysWhy() {
        VideoScript script = write(TestProducts.halcyon(), 180);

        assertThat(narratedSeconds(script)).isLessThan(180 * 0.85);
        assertThat(script.narration()).as("every fact the page gives")
                .contains("Quiet the commute", "40 hours of battery life", "Memory-foam cushions", "249 dollars");
        assertThat(script.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(JobWarning.Code.DURATION_SHORT);
            assertThat(warning.message()).contains("180 s asked for", "no more facts", "without repeating them or"
                    + " inventing any");
        });
    }
}
