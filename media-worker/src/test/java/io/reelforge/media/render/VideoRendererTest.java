package io.reelforge.media.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelforge.common.job.CaptionStyle;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.encode.EncoderSettings;
import io.reelforge.media.encode.Mp4Encoder;
import io.reelforge.media.speech.NarrationTrack;
import io.reelforge.media.testing.Mp4Probe;
import io.reelforge.media.testing.TestImages;
import io.reelforge.media.testing.TinyMedia;
import io.reelforge.media.testing.Tones;
import io.reelforge.media.testing.VideoFrames;
import io.reelforge.media.text.CaptionCue;
import java.awt.image.BufferedImage;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VideoRendererTest {

    private static final double FRAME = 1 / 30.0;
    private static final double BREATH = 0.25;
    private static final List<String> TEXTS = List.of(
            "Meet Aurora, the watch that keeps up with your day and never slows you down.",
            "A full week of battery for just 199 dollars.",
            "Order today.");
    private static final VideoTexts CARDS = new VideoTexts("Aurora Smartwatch", "Aurora", "$199", "Order today");

    @TempDir
    Path dir;

    @Test
    void theVideoHasOneH264AndOneAacStreamAt30FpsAsLongAsTheNarration() throws Exception {
        NarrationTrack narration = Tones.track(BREATH, 2.4, 1.5, 1.2);
        RenderedVideo video = render(plan(VideoFormat.VERTICAL.scaled(0.2), narration, true));

        Mp4Probe probe = Mp4Probe.of(video.video());
        assertThat(probe.videoCodecs()).containsExactly("h264");
        assertThat(probe.audioCodecs()).containsExactly("aac");
        assertThat(probe.width()).isEqualTo(144);
        assertThat(probe.height()).isEqualTo(256);
        assertThat(probe.durationSeconds()).isCloseTo(narration.seconds(), within(FRAME));
        assertThat(probe.videoFrames()).isEqualTo((int) Math.round(narration.seconds() * 30));
        assertThat(VideoFrames.of(video.video()).frameRate()).isEqualTo(30.0);
    }

    @Test
    void captionFilesHoldShortCuesInsideEachScenesSpeechWithoutOverlap() throws Exception {
        NarrationTrack narration = Tones.track(BREATH, 2.4, 1.5, 1.2);
        RenderedVideo video = render(plan(VideoFormat.VERTICAL.scaled(0.2), narration, true));

        List<CaptionCue> vtt = parseCues(Files.readString(video.captionsVtt()), '.');
        List<CaptionCue> srt = parseCues(Files.readString(video.captionsSrt()), ',');
        assertThat(vtt).hasSizeGreaterThan(TEXTS.size()).hasSameSizeAs(srt);
        double[] starts = {0, 2.4, 3.9};
        double[] speechEnds = {2.4 - BREATH, 3.9 - BREATH, 5.1 - BREATH};
        for (int i = 0; i < vtt.size(); i++) {
            CaptionCue cue = vtt.get(i);
            assertThat(cue.text().split(" ")).hasSizeLessThanOrEqualTo(6);
            assertThat(cue.end()).isGreaterThan(cue.start()).isLessThanOrEqualTo(narration.seconds());
            assertThat(srt.get(i).start()).isEqualTo(cue.start());
            if (i > 0) {
                assertThat(cue.start()).isGreaterThanOrEqualTo(vtt.get(i - 1).end());
            }
            int scene = cue.start() >= starts[2] ? 2 : cue.start() >= starts[1] ? 1 : 0;
            assertThat(cue.end()).isLessThanOrEqualTo(speechEnds[scene] + 0.001);
        }
        for (double start : starts) {
            assertThat(vtt).anySatisfy(cue -> assertThat(cue.start()).isCloseTo(start, within(0.001)));
        }
    }

    @Test
    void theThumbnailIsAJpegOfTheFrameSize() throws Exception {
        RenderedVideo video = render(plan(VideoFormat.VERTICAL.scaled(0.2), Tones.track(BREATH, 1.0), true));

        BufferedImage thumbnail = ImageIO.read(video.thumbnail().toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(144);
        assertThat(thumbnail.getHeight()).isEqualTo(256);
    }

    @Test
    void theThumbnailIsTheVideosOwnFrameOnceTheOpeningCardIsIn() throws Exception {
        RenderedVideo video = render(plan(VideoFormat.VERTICAL.scaled(0.2), Tones.track(BREATH, 1.5, 1.5), false));

        byte[] thumbnail = VideoFrames.luma(ImageIO.read(video.thumbnail().toFile()));
        VideoFrames frames = VideoFrames.of(video.video());
        // the opening card is fully in at 0.4 s; the second scene shows another picture
        assertThat(VideoFrames.difference(thumbnail, frames.at(0.42))).isLessThan(3);
        assertThat(VideoFrames.difference(thumbnail, frames.at(2.2))).isGreaterThan(10);
    }

    @Test
    void aFrameInTheMiddleOfASceneIsNotBlackAndMovesByTheNextSecond() throws Exception {
        // one long scene without captions: only the Ken Burns motion changes the picture
        RenderedVideo video = render(plan(VideoFormat.VERTICAL.scaled(0.2), Tones.track(BREATH, 4.5), false));

        VideoFrames frames = VideoFrames.of(video.video());
        byte[] middle = frames.at(1.0);
        assertThat(VideoFrames.meanLuma(middle)).isGreaterThan(40);
        assertThat(VideoFrames.difference(middle, frames.at(2.0))).isGreaterThan(1.5);
    }

    @Test
    void consecutiveFramesChangeLittleSoTheMotionIsSmooth() throws Exception {
        RenderedVideo video = render(plan(VideoFormat.VERTICAL.scaled(0.2), Tones.track(BREATH, 4.5), false));

        VideoFrames frames = VideoFrames.of(video.video());
        for (int i = 60; i < 70; i++) {
            assertThat(VideoFrames.difference(frames.lumas().get(i), frames.lumas().get(i + 1))).isLessThan(4);
        }
    }

    @Test
    void theSourcePicturesAreGarbageOnceTheirPlatesAreMadeWhileTheFramesAreEncoded() throws Exception {
        VideoFormat format = VideoFormat.VERTICAL.scaled(0.2);
        VideoRenderer renderer = renderer(format);
        Path out = Files.createTempDirectory(dir, "render");
        List<WeakReference<BufferedImage>> pictures = new ArrayList<>();
        PreparedVideo prepared = prepareForgetting(renderer, format, out, pictures);

        assertThat(out.resolve(RenderedVideo.VIDEO)).doesNotExist();
        // the progress is told on the encoding thread after each frame: look once, with the encode under way and
        // every piece made (the plates are made while the first frames encode)
        AtomicReference<Boolean> clearedWhileEncoding = new AtomicReference<>();
        RenderedVideo video = renderer.encode(prepared, out, progress -> {
            if (clearedWhileEncoding.get() == null) {
                prepared.allMade().join();
                System.gc();
                clearedWhileEncoding.set(pictures.stream().allMatch(picture -> picture.refersTo(null)));
            }
        });

        assertThat(pictures).hasSize(2);
        assertThat(clearedWhileEncoding.get()).as("every source picture collected during the encode").isTrue();
        assertThat(video.thumbnail()).isNotEmptyFile();
        assertThat(Mp4Probe.of(video.video()).durationSeconds()).isCloseTo(2.0, within(FRAME));
    }

    static List<VideoFormat> formats() {
        return VideoFormat.NAMED;
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyFormatRendersAtItsAspect(VideoFormat format) throws Exception {
        VideoFormat tiny = format.scaled(144.0 / Math.min(format.width(), format.height()));
        RenderedVideo video = render(plan(tiny, Tones.track(BREATH, 0.8), true));

        Mp4Probe probe = Mp4Probe.of(video.video());
        assertThat(probe.width()).isEqualTo(tiny.width());
        assertThat(probe.height()).isEqualTo(tiny.height());
        assertThat(probe.width() / (double) probe.height())
                .isCloseTo(format.width() / (double) format.height(), within(0.02));
        assertThat(probe.durationSeconds()).isCloseTo(0.8, within(FRAME));
    }

    private RenderedVideo render(RenderPlan plan) throws Exception {
        VideoRenderer renderer = renderer(plan.format());
        Path out = Files.createTempDirectory(dir, "render");
        return renderer.encode(renderer.prepare(plan, out), out, p -> { });
    }

    private static VideoRenderer renderer(VideoFormat f) {
        Mp4Encoder encoder = new Mp4Encoder(new EncoderSettings(f.width(), f.height(), 30, "libx264", "veryfast", 23,
                128_000, MediaProperties.AUDIO_SAMPLE_RATE, 2));
        return new VideoRenderer(encoder, TinyMedia.PAINTER, Duration.ofMillis(400), -16);
    }

    /**
     * Prepares a plan made here and returns only the prepared video, so that no frame of the test holds the plan or
     * its pictures: {@code pictures} gets weak references to them.
     */
    private static PreparedVideo prepareForgetting(VideoRenderer renderer, VideoFormat format, Path out,
            List<WeakReference<BufferedImage>> pictures) throws Exception {
        RenderPlan plan = plan(format, Tones.track(BREATH, 1.0, 1.0), true);
        plan.pictures().forEach(picture -> pictures.add(new WeakReference<>(picture)));
        return renderer.prepare(plan, out);
    }

    private static RenderPlan plan(VideoFormat format, NarrationTrack narration, boolean captions) {
        List<BufferedImage> images = List.of(TestImages.picture(800, 600), TestImages.picture(400, 900),
                TestImages.picture(600, 600));
        int scenes = narration.sceneLengths().size();
        return new RenderPlan(format, images.subList(0, scenes), TEXTS.subList(0, scenes), scenes > 1 ? 1 : -1,
                narration, CARDS, captions, CaptionStyle.HIGHLIGHT, null);
    }

    private static List<CaptionCue> parseCues(String file, char separator) {
        String time = "(\\d\\d):(\\d\\d):(\\d\\d)" + Pattern.quote(String.valueOf(separator)) + "(\\d{3})";
        Matcher m = Pattern.compile(time + " --> " + time + "\\n(.+)\\n").matcher(file);
        List<CaptionCue> cues = new ArrayList<>();
        while (m.find()) {
            cues.add(new CaptionCue(seconds(m, 1), seconds(m, 5), m.group(9)));
        }
        return cues;
    }

    private static double seconds(Matcher m, int group) {
        return Integer.parseInt(m.group(group)) * 3600 + Integer.parseInt(m.group(group + 1)) * 60
                + Integer.parseInt(m.group(group + 2)) + Integer.parseInt(m.group(group + 3)) / 1000.0;
    }
}
