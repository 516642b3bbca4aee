package io.reelforge.media.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reelforge.common.artifact.FileSystemArtifactStore;
import io.reelforge.common.testing.LocalArtifacts;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.Artifact;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.common.stage.JobCanceledException;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.testing.FakeOpenAiServer;
import io.reelforge.common.testing.Products;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.audio.MusicSource;
import io.reelforge.media.brand.BrandLooks;
import io.reelforge.media.brand.LogoSource;
import io.reelforge.media.image.ImageDecoder;
import io.reelforge.media.image.ImageFetcher;
import io.reelforge.media.speech.MaryTtsNarrator;
import io.reelforge.media.speech.Narrator;
import io.reelforge.media.speech.OpenAiSpeechNarrator;
import io.reelforge.media.speech.PcmAudio;
import io.reelforge.media.speech.Speech;
import io.reelforge.media.testing.Mp4Probe;
import io.reelforge.media.testing.StaticHttpServer;
import io.reelforge.media.testing.TestImages;
import io.reelforge.media.testing.TinyMedia;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderProcessorTest {

    private static final String JOB = "job-render-1";
    private static final List<String> NARRATION = List.of("Meet Aurora.", "Pour slowly, and enjoy.");

    @TempDir
    Path artifactRoot;
    @TempDir
    Path workDir;
    @TempDir
    Path copies;

    private final StaticHttpServer images = new StaticHttpServer();
    private final List<String> imageUrls = List.of(
            images.serve("/wide.jpg", "image/jpeg", TestImages.jpeg(1200, 800)),
            images.serve("/tall.png", "image/png", TestImages.png(400, 900)));
    private final MaryTtsNarrator mary = new MaryTtsNarrator("cmu-slt-hsmm");

    @AfterEach
    void stop() {
        images.close();
    }

    @Test
    void rendersANarratedVideoAndAThumbnailIntoTheArtifactStore() throws Exception {
        FileSystemArtifactStore store = new FileSystemArtifactStore(artifactRoot);

        StageOutcome outcome = processor(mary, TinyMedia.settings(workDir), store, Clock.systemUTC())
                .process(message(), request(imageUrls), RecordingContext.of(JOB));

        assertThat(outcome).isInstanceOf(StageOutcome.Rendered.class);
        List<Artifact> artifacts = ((StageOutcome.Rendered) outcome).artifacts();
        assertThat(artifacts).extracting(Artifact::name, Artifact::contentType)
                .containsExactly(tuple("video.mp4", "video/mp4"), tuple("thumbnail.jpg", "image/jpeg"),
                        tuple("captions.vtt", "text/vtt"), tuple("captions.srt", "application/x-subrip"));
        for (Artifact artifact : artifacts) {
            assertThat(store.find(JOB, artifact.name()).orElseThrow().size()).isEqualTo(artifact.size()).isPositive();
        }
        BufferedImage thumbnail = ImageIO.read(store.find(JOB, "thumbnail.jpg").orElseThrow().open(0));
        assertThat(thumbnail.getWidth()).isEqualTo(TinyMedia.WIDTH);
        assertThat(thumbnail.getHeight()).isEqualTo(TinyMedia.HEIGHT);
    }

    @Test
    void theMaryTtsVideoLastsAsLongAsItsNarration() throws Exception {
        FileSystemArtifactStore store = new FileSystemArtifactStore(artifactRoot);
        processor(mary, TinyMedia.settings(workDir), store, Clock.systemUTC())
                .process(message(), request(imageUrls), RecordingContext.of(JOB));

        double narration = 0;
        for (String text : NARRATION) {
            narration += new MaryTtsNarrator("cmu-slt-hsmm").synthesize(text).audio().seconds() + 0.25;
        }
        assertValidVideo(LocalArtifacts.copy(store.find(JOB, "video.mp4").orElseThrow(), copies), narration);
    }

    @Test
    void theOpenAiVideoLastsAsLongAsItsNarration() throws Exception {
        FileSystemArtifactStore store = new FileSystemArtifactStore(artifactRoot);
        try (FakeOpenAiServer openAi = FakeOpenAiServer.start();
                OpenAiSpeechNarrator narrator = new OpenAiSpeechNarrator(new MediaProperties.OpenAi("sk-test",
                        openAi.baseUrl(), "gpt-4o-mini-tts", "alloy", Duration.ofSeconds(5), 0, 1.0, null))) {
            processor(narrator, TinyMedia.settings(workDir), store, Clock.systemUTC())
                    .process(message(), request(imageUrls), RecordingContext.of(JOB));

            assertThat(openAi.speechRequests()).hasSize(NARRATION.size());
        }
        double narration = NARRATION.stream().mapToDouble(t -> FakeOpenAiServer.speechSeconds(t) + 0.25).sum();
        assertValidVideo(LocalArtifacts.copy(store.find(JOB, "video.mp4").orElseThrow(), copies), narration);
    }

    @Test
    void reportsProgressThatRisesToTheEnd() throws Exception {
        RecordingContext context = RecordingContext.of(JOB);

        processor(mary, TinyMedia.settings(workDir), new FileSystemArtifactStore(artifactRoot), Clock.systemUTC())
                .process(message(), request(imageUrls), context);

        assertThat(context.reported).isSorted().hasSizeGreaterThan(10).last().isEqualTo(1.0);
    }

    @Test
    void withoutUsableImagesTheJobFailsAtOnceAndNothingIsStored() throws Exception {
        List<String> unusable = List.of(images.url("/missing.jpg"),
                images.serve("/pixel.png", "image/png", TestImages.png(1, 1)));
        FileSystemArtifactStore store = new FileSystemArtifactStore(artifactRoot);

        assertThatThrownBy(() -> processor(mary, TinyMedia.settings(workDir), store, Clock.systemUTC())
                .process(message(), request(unusable), RecordingContext.of(JOB)))
                .isInstanceOfSatisfying(PermanentJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_USABLE_IMAGES))
                .hasMessageContaining("None of the 2 image URLs tried");
        assertThat(store.find(JOB, "video.mp4")).isEmpty();
    }

    @Test
    void aRenderPastItsTimeLimitFailsWithTimeoutAndLeavesNoFiles() throws Exception {
        // each look at this clock is a minute later than the last: the ten-minute limit passes mid-render
        Clock slow = new TickingClock(Duration.ofMinutes(1));
        FileSystemArtifactStore store = new FileSystemArtifactStore(artifactRoot);

        assertThatThrownBy(() -> processor(mary, TinyMedia.settings(workDir), store, slow)
                .process(message(), request(imageUrls), RecordingContext.of(JOB)))
                .isInstanceOfSatisfying(PermanentJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT))
                .hasMessageContaining("reelforge.media.render-timeout");
        assertThat(store.find(JOB, "video.mp4")).isEmpty();
        assertThat(filesIn(workDir)).isEmpty();
    }

    @Test
    void aCancelDuringEncodingStopsTheRenderAndLeavesNoFiles() throws Exception {
        FileSystemArtifactStore store = new FileSystemArtifactStore(artifactRoot);
        RecordingContext canceled = RecordingContext.canceledAt(JOB, 0.7);

        assertThatThrownBy(() -> processor(mary, TinyMedia.settings(workDir), store, Clock.systemUTC())
                .process(message(), request(imageUrls), canceled))
                .isInstanceOf(JobCanceledException.class);
        assertThat(canceled.reported.getLast()).isLessThan(0.75);
        assertThat(store.find(JOB, "video.mp4")).isEmpty();
        assertThat(store.find(JOB, "thumbnail.jpg")).isEmpty();
        assertThat(filesIn(workDir)).isEmpty();
    }

    @Test
    void aScriptWithoutScenesCannotBeRendered() {
        var empty = new RenderRequest(Products.aProduct(imageUrls), new VideoScript("en", "t", null, List.of(), null),
                JobOptions.defaults());

        assertThatThrownBy(() -> processor(mary, TinyMedia.settings(workDir), new FileSystemArtifactStore(artifactRoot),
                Clock.systemUTC()).process(message(), empty, RecordingContext.of(JOB)))
                .isInstanceOfSatisfying(PermanentJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SCRIPT_INVALID));
    }

    @Test
    void aFormatTheWorkerDoesNotKnowFailsTheJobBeforeAnythingIsSpoken() {
        var request = new RenderRequest(Products.aProduct(imageUrls), request(imageUrls).script(),
                new JobOptions(30, "en", null, null, null, null, "3:2", null, null));
        Narrator mute = new Narrator() {
            @Override
            public Speech synthesize(String text) {
                throw new AssertionError("nothing may be spoken for a job that cannot be rendered");
            }

            @Override
            public String engine() {
                return "mute";
            }

            @Override
            public String voice() {
                return "none";
            }
        };

        assertThatThrownBy(() -> processor(mute, TinyMedia.settings(workDir), new FileSystemArtifactStore(artifactRoot),
                Clock.systemUTC()).process(message(), request, RecordingContext.of(JOB)))
                .isInstanceOfSatisfying(PermanentJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RENDER_FAILED))
                .hasMessageContaining("'3:2'").hasMessageContaining("9:16, 9:16@1080, 1:1, 4:5, 16:9, 16:9@720");
    }

    private static void assertValidVideo(Path video, double narrationSeconds) throws Exception {
        Mp4Probe probe = Mp4Probe.of(video);
        assertThat(probe.videoCodecs()).containsExactly("h264");
        assertThat(probe.audioCodecs()).containsExactly("aac");
        assertThat(probe.width()).isEqualTo(TinyMedia.WIDTH);
        assertThat(probe.height()).isEqualTo(TinyMedia.HEIGHT);
        assertThat(probe.durationSeconds()).isCloseTo(narrationSeconds, within(0.1));
        assertThat(probe.decodedAudioSeconds()).isCloseTo(narrationSeconds, within(0.1));
    }

    static RenderProcessor processor(Narrator narrator, MediaProperties settings,
            FileSystemArtifactStore store, Clock clock) {
        SafeHttpClient http = new SafeHttpClient(new UrlPolicy(List.of("127.0.0.1")), new ReelforgeProperties.Fetch(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 5_242_880, 3, List.of(), "Reelforge-test", "en"));
        ImageFetcher images = new ImageFetcher(http, new ImageDecoder(50_000_000, 200), 10);
        return new RenderProcessor(settings, narrator, images, TinyMedia.renderer(settings), new MusicSource(http),
                store, clock, new RenderMetrics(new SimpleMeterRegistry()),
                new BrandLooks(new LogoSource(images, 50_000_000)));
    }

    private static JobMessage message() {
        return JobMessage.of(JOB, "default", 1, request(List.of()), Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static RenderRequest request(List<String> imageUrls) {
        List<Scene> scenes = List.of(new Scene(NARRATION.get(0), "Aurora", 0, null),
                new Scene(NARRATION.get(1), "Slow", 1, null));
        return new RenderRequest(Products.aProduct(imageUrls), new VideoScript("en", "Aurora", null, scenes, null),
                JobOptions.defaults());
    }

    private static List<Path> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** A clock that moves on by a fixed step every time it is read. */
    private static final class TickingClock extends Clock {
        private final Duration step;
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        TickingClock(Duration step) {
            this.step = step;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(step);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
