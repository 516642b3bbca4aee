package io.reelforge.media.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelforge.media.compose.FrameBlender;
import io.reelforge.media.compose.Timeline;
import io.reelforge.media.compose.YuvImage;
import io.reelforge.media.image.ImageFitter;
import io.reelforge.media.speech.PcmAudio;
import io.reelforge.media.testing.Mp4Probe;
import io.reelforge.media.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4EncoderTest {

    private static final int RATE = 48_000;

    @TempDir
    Path dir;

    @Test
    void writesOneH264AndOneAacStreamAsLongAsTheNarration() throws Exception {
        Path video = encode(144, 256, List.of(RATE * 3 / 4, RATE));

        Mp4Probe probe = Mp4Probe.of(video);
        assertThat(probe.videoCodecs()).containsExactly("h264");
        assertThat(probe.audioCodecs()).containsExactly("aac");
        assertThat(probe.width()).isEqualTo(144);
        assertThat(probe.height()).isEqualTo(256);
        assertThat(probe.durationSeconds()).isCloseTo(1.75, within(0.1));
        assertThat(probe.decodedAudioSeconds()).isCloseTo(1.75, within(0.1));
        assertThat(probe.videoFrames()).isEqualTo(Math.round(1.75f * 30));
    }

    @Test
    void rendersTheFullSizePortraitFrame() throws Exception {
        Path video = encode(720, 1280, List.of(RATE / 2, RATE / 2));

        Mp4Probe probe = Mp4Probe.of(video);
        assertThat(probe.width()).isEqualTo(720);
        assertThat(probe.height()).isEqualTo(1280);
        assertThat(probe.durationSeconds()).isCloseTo(1.0, within(0.1));
    }

    @Test
    void placesTheIndexAtTheFrontOfTheFile() throws Exception {
        Path video = encode(144, 256, List.of(RATE / 2));

        byte[] head = Files.readAllBytes(video);
        // +faststart: the movie box (moov) comes before the media data (mdat)
        assertThat(indexOf(head, "moov")).isLessThan(indexOf(head, "mdat")).isPositive();
    }

    private Path encode(int width, int height, List<Integer> sceneLengths) throws Exception {
        ImageFitter fitter = new ImageFitter(width, height);
        List<YuvImage> pictures = List.of(
                YuvImage.fromBgr(fitter.fit(TestImages.picture(800, 600)).frame()),
                YuvImage.fromBgr(fitter.fit(TestImages.picture(300, 900)).frame()));
        List<YuvImage> scenes = sceneLengths.stream().map(n -> pictures.get(sceneLengths.indexOf(n) % 2)).toList();
        int total = sceneLengths.stream().mapToInt(Integer::intValue).sum();
        short[] tone = new short[total];
        for (int i = 0; i < total; i++) {
            tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / RATE));
        }
        Timeline timeline = Timeline.of(sceneLengths, RATE, 30, Duration.ofMillis(400));
        Path out = dir.resolve(width + "x" + height + ".mp4");
        new Mp4Encoder(new EncoderSettings(width, height, 30, "veryfast", 23, 128_000, RATE))
                .encode(timeline, new FrameBlender(scenes), new PcmAudio(tone, RATE), out, f -> { });
        return out;
    }

    private static int indexOf(byte[] data, String tag) {
        byte[] t = tag.getBytes();
        outer:
        for (int i = 0; i + t.length <= data.length; i++) {
            for (int j = 0; j < t.length; j++) {
                if (data[i + j] != t[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
