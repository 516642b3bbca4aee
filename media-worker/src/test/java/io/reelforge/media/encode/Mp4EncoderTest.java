package io.reelforge.media.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.compose.KenBurns;
import io.reelforge.media.compose.ScenePlate;
import io.reelforge.media.compose.Timeline;
import io.reelforge.media.compose.YuvImage;
import io.reelforge.media.image.ImageFitter;
import io.reelforge.media.speech.PcmAudio;
import io.reelforge.media.testing.Mp4Probe;
import io.reelforge.media.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
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

    @Test
    void anNvencRequestOnAMachineWithoutNvencFallsBackToTheSoftwareEncoder() throws Exception {
        // the GPUs lent here (H100/H200) have no NVENC unit, and most test machines have no GPU at all
        Path video = dir.resolve("nvenc.mp4");

        String used = encoder(144, 256, "h264_nvenc").encode(composer(144, 256, List.of(RATE / 2)),
                () -> tone(RATE / 2), video, f -> { });

        assertThat(used).isEqualTo(softwareEncoder());
        assertThat(Mp4Probe.of(video).videoCodecs()).containsExactly("h264");
    }

    @Test
    void interleavesTheSoundWithThePicturesSecondBySecond() throws Exception {
        Path video = encode(144, 256, List.of(RATE, RATE, RATE, RATE));

        // a player reads the file front to back: sound and pictures for the same moment must lie close together
        double videoTime = 0;
        double audioTime = 0;
        double widestGap = 0;
        int audioPackets = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            AVFormatContext format = grabber.getFormatContext();
            for (AVPacket packet = grabber.grabPacket(); packet != null; packet = grabber.grabPacket()) {
                AVStream stream = format.streams(packet.stream_index());
                double seconds = packet.dts() * avutil.av_q2d(stream.time_base());
                if (stream.codecpar().codec_type() == avutil.AVMEDIA_TYPE_AUDIO) {
                    audioTime = seconds;
                    audioPackets++;
                } else {
                    videoTime = seconds;
                }
                widestGap = Math.max(widestGap, Math.abs(audioTime - videoTime));
            }
        }
        assertThat(audioPackets).isGreaterThan(4 * RATE / 1024 - 2);
        assertThat(widestGap).isLessThan(1.5);
    }

    @Test
    void stoppingPartWayThroughStopsEveryThreadOfTheRender() throws Exception {
        Path video = dir.resolve("stopped.mp4");
        RuntimeException stop = new IllegalStateException("job canceled");

        assertThatThrownBy(() -> encoder(144, 256, "libx264").encode(composer(144, 256, List.of(RATE, RATE)),
                () -> tone(2 * RATE), video, f -> {
                    if (f > 0.5) {
                        throw stop;
                    }
                })).isSameAs(stop);

        assertThat(Thread.getAllStackTraces().keySet()).map(Thread::getName)
                .noneMatch(name -> name.startsWith("render-"));
    }

    private Path encode(int width, int height, List<Integer> sceneLengths) throws Exception {
        int total = sceneLengths.stream().mapToInt(Integer::intValue).sum();
        Path out = dir.resolve(width + "x" + height + ".mp4");
        String used = encoder(width, height, "libx264").encode(composer(width, height, sceneLengths), () -> tone(total), out,
                f -> { });
        assertThat(used).isEqualTo(softwareEncoder());
        return out;
    }

    /** libx264 in the default (GPL) FFmpeg build; built with -Plgpl, libopenh264 takes its place. */
    private static String softwareEncoder() {
        var x264 = avcodec.avcodec_find_encoder_by_name("libx264");
        return x264 != null && !x264.isNull() ? "libx264" : "libopenh264";
    }

    private static Mp4Encoder encoder(int width, int height, String codec) {
        return new Mp4Encoder(new EncoderSettings(width, height, 30, codec, "veryfast", 23, 128_000, RATE, 2));
    }

    private static PcmAudio tone(int samples) {
        short[] tone = new short[samples];
        for (int i = 0; i < samples; i++) {
            tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / RATE));
        }
        return new PcmAudio(tone, RATE);
    }

    private static FrameComposer composer(int width, int height, List<Integer> sceneLengths) {
        ImageFitter fitter = new ImageFitter(ScenePlate.plateSide(width), ScenePlate.plateSide(height));
        List<YuvImage> pictures = List.of(
                YuvImage.fromBgr(fitter.fit(TestImages.picture(800, 600)).frame()),
                YuvImage.fromBgr(fitter.fit(TestImages.picture(300, 900)).frame()));
        List<ScenePlate> scenes = new ArrayList<>();
        for (int i = 0; i < sceneLengths.size(); i++) {
            scenes.add(new ScenePlate(pictures.get(i % 2), KenBurns.forScene(i)));
        }
        return new FrameComposer(Timeline.of(sceneLengths, RATE, 30, Duration.ofMillis(400)), scenes, List.of(),
                width, height);
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
