package io.reelforge.media.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.stage.StageProcessor;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.image.ImageDecoder;
import io.reelforge.media.testing.TinyMedia;
import io.reelforge.media.worker.RenderWarmUp.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A started media worker renders one short video before its first job, so the JIT has compiled the render's code by
 * then; a job that comes first stops it, and nothing of it stays on disk.
 */
class RenderWarmUpTest {

    @TempDir
    Path work;

    @Test
    void aReadyWorkerRendersTheWarmUpVideoAndLeavesNoFiles() throws IOException {
        RenderWarmUp warmUp = warmUp(true);

        warmUp.onApplicationEvent(ready());

        await().atMost(Duration.ofMinutes(1)).until(() -> warmUp.outcome().isPresent());
        assertThat(warmUp.outcome()).contains(Outcome.RENDERED);
        assertThat(filesUnder(work)).isEmpty();
    }

    @Test
    void aJobThatComesDuringTheWarmUpStopsItAndThenRuns() throws Exception {
        RenderWarmUp warmUp = warmUp(true, Duration.ZERO);
        AtomicReference<Optional<Outcome>> seenByJob = new AtomicReference<>();
        StageProcessor<RenderRequest> job = warmUp.before((message, request, context) -> {
            seenByJob.set(warmUp.outcome());
            return null;
        });

        warmUp.onApplicationEvent(ready());
        job.process(null, null, null);

        assertThat(seenByJob.get()).contains(Outcome.STOPPED_FOR_JOB);
        assertThat(filesUnder(work)).isEmpty();
    }

    @Test
    void aJobSoonAfterTheWorkerIsReadyMeansNoWarmUp() throws Exception {
        RenderWarmUp warmUp = warmUp(true, Duration.ofMinutes(1));
        StageProcessor<RenderRequest> job = warmUp.before((message, request, context) -> (StageOutcome) null);
        warmUp.onApplicationEvent(ready());

        job.process(null, null, null);

        await().atMost(Duration.ofSeconds(10)).until(() -> warmUp.outcome().isPresent());
        assertThat(warmUp.outcome()).contains(Outcome.STOPPED_FOR_JOB);
        assertThat(filesUnder(work)).isEmpty();
    }

    @Test
    void aJobBeforeTheWorkerIsReadyMeansNoWarmUp() throws Exception {
        RenderWarmUp warmUp = warmUp(true);
        StageProcessor<RenderRequest> job = warmUp.before((message, request, context) -> (StageOutcome) null);

        job.process(null, null, null);
        warmUp.onApplicationEvent(ready());

        assertThat(warmUp.outcome()).contains(Outcome.STOPPED_FOR_JOB);
        assertThat(filesUnder(work)).isEmpty();
    }

    @Test
    void aWorkerThatStopsDuringTheWarmUpStopsItAsStoppedNotFailed() throws IOException {
        RenderWarmUp warmUp = warmUp(true);
        warmUp.onApplicationEvent(ready());

        warmUp.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

        await().atMost(Duration.ofSeconds(30)).until(() -> warmUp.outcome().isPresent());
        assertThat(warmUp.outcome()).contains(Outcome.STOPPED_FOR_SHUTDOWN);
        assertThat(filesUnder(work)).isEmpty();
    }

    @Test
    void aWorkerThatStopsBeforeTheWarmUpBeganNeverStartsIt() throws IOException {
        RenderWarmUp warmUp = warmUp(true, Duration.ofMinutes(1));
        warmUp.onApplicationEvent(ready());

        warmUp.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

        await().atMost(Duration.ofSeconds(10)).until(() -> warmUp.outcome().isPresent());
        assertThat(warmUp.outcome()).contains(Outcome.STOPPED_FOR_SHUTDOWN);
        assertThat(filesUnder(work)).isEmpty();
    }

    @Test
    void turnedOffItNeverRuns() throws IOException {
        RenderWarmUp warmUp = warmUp(false);

        warmUp.onApplicationEvent(ready());

        assertThat(warmUp.outcome()).contains(Outcome.DISABLED);
        assertThat(filesUnder(work)).isEmpty();
    }

    private RenderWarmUp warmUp(boolean enabled) {
        return warmUp(enabled, Duration.ZERO);
    }

    private RenderWarmUp warmUp(boolean enabled, Duration grace) {
        MediaProperties settings = TinyMedia.settings(work);
        return new RenderWarmUp(TinyMedia.renderer(settings), settings.videoFormat(),
                new ImageDecoder(settings.images().maxPixels(), settings.images().minShortSide()), work.resolve("renders"),
                settings.breath(), enabled, grace);
    }

    private static ApplicationReadyEvent ready() {
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO);
    }

    private static java.util.List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
