package io.reelforge.media.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final int RATE = 48_000;
    private static final Duration CROSSFADE = Duration.ofMillis(400);

    @Test
    void eachSceneLastsAsLongAsItsShareOfTheNarrationTrack() {
        // narration 1.5 s + 0.25 s breath, then 2.0 s + 0.25 s
        Timeline timeline = Timeline.of(List.of(seconds(1.75), seconds(2.25)), RATE, 30, CROSSFADE);

        assertThat(timeline.sceneDuration(0)).isCloseTo(1.75, within(1e-9));
        assertThat(timeline.sceneStart(1)).isCloseTo(1.75, within(1e-9));
        assertThat(timeline.sceneDuration(1)).isCloseTo(2.25, within(1e-9));
    }

    @Test
    void theVideoLastsExactlyAsLongAsTheNarrationTrack() {
        List<Integer> lengths = List.of(seconds(1.3), 40_001, seconds(2.6));
        Timeline timeline = Timeline.of(lengths, RATE, 30, CROSSFADE);

        double narration = (seconds(1.3) + 40_001 + seconds(2.6)) / (double) RATE;
        assertThat(timeline.totalSeconds()).isCloseTo(narration, within(1e-9));
        assertThat(timeline.frameCount()).isEqualTo((int) Math.round(narration * 30));
    }

    @Test
    void aCrossfadeIsCentredOnTheBoundaryAndTakesNoTimeAway() {
        Timeline timeline = Timeline.of(List.of(seconds(2), seconds(2)), RATE, 30, CROSSFADE);

        assertThat(timeline.at(1.79)).isEqualTo(SceneMix.only(0));
        assertThat(timeline.at(1.8).from()).isZero();
        assertThat(timeline.at(1.8).weight()).isCloseTo(0.0, within(1e-9));
        assertThat(timeline.at(2.0).from()).isZero();
        assertThat(timeline.at(2.0).to()).isEqualTo(1);
        assertThat(timeline.at(2.0).weight()).isCloseTo(0.5, within(1e-9));
        assertThat(timeline.at(2.1).weight()).isCloseTo(0.75, within(1e-9));
        assertThat(timeline.at(2.2)).isEqualTo(SceneMix.only(1));
        assertThat(timeline.totalSeconds()).isEqualTo(4.0);
    }

    @Test
    void theBlendWeightRisesSteadilyThroughACrossfade() {
        Timeline timeline = Timeline.of(List.of(seconds(2), seconds(2)), RATE, 30, CROSSFADE);

        double previous = -1;
        int blended = 0;
        for (int frame = 0; frame < timeline.frameCount(); frame++) {
            SceneMix mix = timeline.frame(frame);
            if (mix.isBlend()) {
                blended++;
                assertThat(mix.weight()).isGreaterThan(previous).isLessThan(1.0);
                previous = mix.weight();
            }
        }
        assertThat(blended).isEqualTo(12); // 0.4 s at 30 fps
    }

    @Test
    void aSceneShorterThanTheCrossfadeShortensItSoNoFrameMixesThreeScenes() {
        Timeline timeline = Timeline.of(List.of(seconds(2), seconds(0.2), seconds(2)), RATE, 30, CROSSFADE);

        assertThat(timeline.crossfadeAfter(0)).isCloseTo(0.2, within(1e-9));
        assertThat(timeline.crossfadeAfter(1)).isCloseTo(0.2, within(1e-9));
        for (double t = 0; t < timeline.totalSeconds(); t += 0.01) {
            SceneMix mix = timeline.at(t);
            assertThat(mix.to() - mix.from()).isBetween(0, 1);
        }
    }

    @Test
    void aSingleSceneNeverBlends() {
        Timeline timeline = Timeline.of(List.of(seconds(1)), RATE, 30, CROSSFADE);

        for (int frame = 0; frame < timeline.frameCount(); frame++) {
            assertThat(timeline.frame(frame)).isEqualTo(SceneMix.only(0));
        }
    }

    private static int seconds(double s) {
        return (int) Math.round(s * RATE);
    }
}
