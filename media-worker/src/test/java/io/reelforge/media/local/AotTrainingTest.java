package io.reelforge.media.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.media.testing.Mp4Probe;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotTrainingTest {

    @TempDir
    Path dir;

    @Test
    void theTrainingRunRendersANarratedVideoInTheWorkersDefaultSize() throws Exception {
        LocalRender.Result result = AotTraining.renderSample(dir);

        Mp4Probe probe = Mp4Probe.of(result.video());
        assertThat(probe.videoCodecs()).containsExactly("h264");
        assertThat(probe.audioCodecs()).containsExactly("aac");
        assertThat(probe.width()).isEqualTo(720);
        assertThat(probe.height()).isEqualTo(1280);
        // the scenes spoken by MaryTTS: two sentences take seconds
        assertThat(probe.decodedAudioSeconds()).isGreaterThan(2.0);
        assertThat(result.rendered().cues()).isNotEmpty();
    }
}
