package io.reelforge.media.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.testing.LocalArtifacts;
import io.reelforge.common.job.CaptionStyle;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.JobWarning;
import io.reelforge.media.brand.Logos;
import io.reelforge.media.testing.ColourFrames;
import io.reelforge.media.testing.TestImages;
import java.awt.Rectangle;
import io.reelforge.common.script.VideoScript;
import io.reelforge.media.testing.Mp4Probe;
import io.reelforge.media.testing.SoundWindows;
import io.reelforge.media.testing.Tones;
import io.reelforge.media.testing.VideoFrames;
import io.reelforge.media.testing.YuvFrames;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A job's own format, captions and music win over the worker's settings (here 144x256, captions on, no music);
 * music a job cannot have costs it only the music, and a job can never make the worker read a local file.
 */
class RenderOptionsJobTest extends KafkaMediaWorkerTest {

    private static final VideoScript SCRIPT = script("Meet Aurora.", "Slow mornings, made simple.",
            "Order yours today.");
    private static final double WINDOW = 0.05;
    /** Quieter than this is silence (full scale 1); the music bed, even ducked and fading, is well above it. */
    private static final double SILENT = 0.001;
    private static final double AUDIBLE = 0.003;
    private static final Path MUSIC_ON_DISK = Path.of("target", "kafka-tests", "music-on-disk.wav").toAbsolutePath();

    @Autowired
    ArtifactStore artifacts;

    @Test
    void aJobAskingForSquareRendersSquareWhileTheWorkerRendersVertical() throws Exception {
        Path video = render(options("1:1", null, null), script("Meet Aurora."));

        Mp4Probe probe = Mp4Probe.of(video);
        assertThat(probe.width()).isEqualTo(1080);
        assertThat(probe.height()).isEqualTo(1080);
    }

    @Test
    void aJobWithCaptionsOffHasNoBurnedCaptionsButStillItsCaptionFiles() throws Exception {
        String off = renderJob(options(null, false, null), SCRIPT);
        String on = renderJob(JobOptions.defaults(), SCRIPT);

        String vtt = LocalArtifacts.text(artifacts.find(off, "captions.vtt").orElseThrow());
        assertThat(vtt).startsWith("WEBVTT").contains("Meet <").contains(">Aurora.");
        assertThat(LocalArtifacts.text(artifacts.find(off, "captions.srt").orElseThrow())).contains("Meet Aurora.");
        double moment = middleOfFirstCue(vtt);
        VideoFrames withoutCaptions = VideoFrames.of(localVideo(off));
        VideoFrames withCaptions = VideoFrames.of(localVideo(on));
        // the same pictures and cards: the two videos differ on the caption line (three quarters down), elsewhere
        // only by what the encoder made of them
        byte[] a = withoutCaptions.at(moment);
        byte[] b = withCaptions.at(moment);
        int w = withoutCaptions.width();
        int h = withoutCaptions.height();
        int top = (int) (h * 0.6);
        int bottom = (int) (h * 0.8);
        double captionLine = meanDifference(a, b, w, top, bottom);
        double elsewhere = (meanDifference(a, b, w, 0, top) * top + meanDifference(a, b, w, bottom, h) * (h - bottom))
                / (h - (bottom - top));
        assertThat(captionLine).isGreaterThan(5.0).isGreaterThan(5 * elsewhere);
    }

    @Test
    void aJobAskingForPlainCaptionsHasNoHighlightedWordWhereTheDefaultHasOne() throws Exception {
        String plain = renderJob(new JobOptions(30, "en", null, null, null, null, null, null, null, null, null,
                CaptionStyle.PLAIN, null), SCRIPT);
        String highlighted = renderJob(JobOptions.defaults(), SCRIPT);

        double moment = middleOfFirstCue(LocalArtifacts.text(artifacts.find(highlighted, "captions.vtt").orElseThrow()));
        YuvFrames.Planes withoutHighlight = frameAt(YuvFrames.of(localVideo(plain)), moment);
        YuvFrames.Planes withHighlight = frameAt(YuvFrames.of(localVideo(highlighted)), moment);
        // the same pictures and words: on the caption line only the highlighted word's yellow (a blue-difference
        // chroma far below the white text's) tells the two apart
        int h = withHighlight.luma().length / withHighlight.width();
        int yellower = 0;
        int whiter = 0;
        for (int cy = (int) (h * 0.6) / 2; cy < (int) (h * 0.8) / 2; cy++) {
            for (int cx = 0; cx < withHighlight.width() / 2; cx++) {
                int shift = withoutHighlight.blueAt(cx, cy) - withHighlight.blueAt(cx, cy);
                yellower += shift > 25 ? 1 : 0;
                whiter += shift < -25 ? 1 : 0;
            }
        }
        assertThat(yellower).isGreaterThan(5);
        assertThat(whiter).isZero();
    }

    @Test
    void musicFromTheJobsUrlPlaysWhereTheNarrationIsSilent() throws Exception {
        String url = IMAGES.serve("/music/bed.wav", "audio/wav", Tones.wav(2.0, 220));

        SoundWindows narration = SoundWindows.of(render(JobOptions.defaults(), SCRIPT), WINDOW);
        SoundWindows withMusic = SoundWindows.of(render(options(null, null, url), SCRIPT), WINDOW);

        int[] pauses = pausesInTheNarration(narration);
        assertThat(pauses).isNotEmpty();
        assertThat(IntStream.of(pauses).mapToDouble(i -> withMusic.rms()[i]).min().orElseThrow())
                .isGreaterThan(AUDIBLE);
    }

    @Test
    void musicThatAnswers404LeavesTheVideoWithoutMusic() throws Exception {
        String url = IMAGES.fail("/music/gone.mp3", 404);

        assertRendersWithoutMusic(options(null, null, url));
    }

    @Test
    void aJobsMusicThatIsAFilePathIsNotRead() throws Exception {
        writeMusicOnDisk();

        assertRendersWithoutMusic(options(null, null, MUSIC_ON_DISK.toString()));
    }

    @Test
    void aJobsMusicThatIsAFileUrlIsNotRead() throws Exception {
        writeMusicOnDisk();

        assertRendersWithoutMusic(options(null, null, MUSIC_ON_DISK.toUri().toString()));
    }

    @Test
    void aBrandKitsLogoThatAnswers404LeavesTheVideoWithoutItAndTheJobAWarning() throws Exception {
        String logo = IMAGES.fail("/brand/gone.png", 404);
        JobOptions options = JobOptions.defaults().withBrand(new BrandKit(logo, "#1D3557", null, "comfortaa"));

        String job = renderJob(options, SCRIPT);

        assertThat(jobStore.find(job).orElseThrow().results().warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.code()).isEqualTo(JobWarning.Code.LOGO_UNUSABLE));
    }

    @Test
    void aBrandKitsLogoIsOnTheThumbnailsOpeningCard() throws Exception {
        String logo = IMAGES.serve("/brand/logo.png", "image/png", TestImages.encode(Logos.twoTone(200), "png"));

        String job = renderJob(JobOptions.defaults().withBrand(new BrandKit(logo, null, null, null)), SCRIPT);

        BufferedImage thumbnail = ImageIO.read(LocalArtifacts.copy(artifacts.find(job, "thumbnail.jpg")
                .orElseThrow(), COPIES).toFile());
        // the opening card's logo: centred, under the top tenth
        int w = thumbnail.getWidth();
        int h = thumbnail.getHeight();
        Rectangle upperMiddle = new Rectangle(w / 4, h / 10, w / 2, h / 8);
        assertThat(ColourFrames.shareNear(thumbnail, upperMiddle, Logos.GREEN, 60)).isGreaterThan(0.05);
        assertThat(ColourFrames.shareNear(thumbnail, upperMiddle, Logos.MAGENTA, 60)).isGreaterThan(0.05);
        assertThat(jobStore.find(job).orElseThrow().results().warnings()).isEmpty();
    }

    /** The job succeeds, and where the narration pauses its sound is as silent as the narration alone. */
    private void assertRendersWithoutMusic(JobOptions options) throws Exception {
        SoundWindows narration = SoundWindows.of(render(JobOptions.defaults(), SCRIPT), WINDOW);
        SoundWindows rendered = SoundWindows.of(render(options, SCRIPT), WINDOW);

        int[] pauses = pausesInTheNarration(narration);
        assertThat(pauses).isNotEmpty();
        assertThat(IntStream.of(pauses).mapToDouble(i -> rendered.rms()[i]).max().orElseThrow()).isLessThan(SILENT);
    }

    /** Windows where the narration is silent, away from the music's fade-in and the end of its fade-out. */
    private static int[] pausesInTheNarration(SoundWindows narration) {
        int from = narration.windowAt(0.6);
        int to = narration.windowAt(narration.seconds() - 0.5);
        return IntStream.range(from, to).filter(i -> narration.rms()[i] < SILENT).toArray();
    }

    private Path render(JobOptions options, VideoScript script) throws Exception {
        return localVideo(renderJob(options, script));
    }

    private Path localVideo(String job) throws IOException {
        return LocalArtifacts.copy(artifacts.find(job, "video.mp4").orElseThrow(), COPIES);
    }

    private String renderJob(JobOptions options, VideoScript script) throws Exception {
        Job job = createRenderJob(UUID.randomUUID().toString(), script, options);
        sendRenderRequest(job);
        Job done = awaitStatus(job.id(), JobStatus.SUCCEEDED);
        assertThat(done.results().artifacts()).isNotEmpty();
        return job.id();
    }

    private static JobOptions options(@Nullable String format, @Nullable Boolean captions, @Nullable String musicUrl) {
        return new JobOptions(30, "en", null, null, null, null, format, captions, musicUrl);
    }

    private static void writeMusicOnDisk() throws Exception {
        Files.createDirectories(MUSIC_ON_DISK.getParent());
        Files.write(MUSIC_ON_DISK, Tones.wav(2.0, 220));
    }

    private static YuvFrames.Planes frameAt(YuvFrames frames, double seconds) {
        return frames.frames().get((int) Math.floor(seconds * frames.frameRate()));
    }

    private static double middleOfFirstCue(String vtt) {
        String time = "(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})";
        Matcher cue = Pattern.compile(time + " --> " + time).matcher(vtt);
        assertThat(cue.find()).isTrue();
        return (seconds(cue, 1) + seconds(cue, 5)) / 2;
    }

    private static double seconds(Matcher m, int group) {
        return Integer.parseInt(m.group(group)) * 3600 + Integer.parseInt(m.group(group + 1)) * 60
                + Integer.parseInt(m.group(group + 2)) + Integer.parseInt(m.group(group + 3)) / 1000.0;
    }

    /** Mean absolute luma difference of two frames over rows {@code top} to {@code bottom}. */
    private static double meanDifference(byte[] a, byte[] b, int width, int top, int bottom) {
        int from = top * width;
        int to = bottom * width;
        return VideoFrames.difference(Arrays.copyOfRange(a, from, to), Arrays.copyOfRange(b, from, to));
    }
}
