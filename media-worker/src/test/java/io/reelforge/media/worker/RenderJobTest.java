package io.reelforge.media.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.testing.LocalArtifacts;
import io.reelforge.common.job.Artifact;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.testing.JobBuilder;
import io.reelforge.common.testing.Products;
import io.reelforge.media.MediaProperties;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.StageRun;
import io.reelforge.media.testing.Mp4Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;

class RenderJobTest extends KafkaMediaWorkerTest {

    @Autowired
    ArtifactStore artifacts;

    @Test
    void aRenderJobWithAScriptSucceedsWithAVideoAndAThumbnail() throws Exception {
        Job job = createRenderJob(newId(), script("Meet Aurora.", "Slow mornings, made simple."));

        sendRenderRequest(job);

        Job done = awaitStatus(job.id(), JobStatus.SUCCEEDED);
        assertThat(done.results().artifacts()).extracting(Artifact::name)
                .containsExactly("video.mp4", "thumbnail.jpg", "captions.vtt", "captions.srt");
        assertThat(done.progress()).isEqualTo(100);
        assertThat(artifacts.find(job.id(), "thumbnail.jpg")).isPresent();
        Mp4Probe probe = Mp4Probe.of(LocalArtifacts.copy(artifacts.find(job.id(), "video.mp4").orElseThrow(), COPIES));
        assertThat(probe.videoCodecs()).containsExactly("h264");
        assertThat(probe.audioCodecs()).containsExactly("aac");
        assertThat(probe.width()).isEqualTo(144);
        assertThat(probe.height()).isEqualTo(256);
    }

    @Test
    void aJobCanceledBeforeItsRequestArrivesIsNotRendered() throws Exception {
        Job job = createRenderJob(newId(), script("This job is canceled before it starts."));
        jobStore.update(job.id(), j -> j.cancel(Instant.now()));

        awaitConsumed(sendRenderRequest(job));

        Job after = jobStore.find(job.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(JobStatus.CANCELED);
        assertThat(after.history()).extracting(StageRun::stage).doesNotContain(JobStatus.RENDERING);
        assertThat(artifacts.find(job.id(), "video.mp4")).isEmpty();
    }

    @Test
    void aJobCanceledWhileRenderingStopsAndStoresNothing() throws Exception {
        // eight sentences take MaryTTS several seconds: the cancel lands while the worker narrates
        Job job = createRenderJob(newId(), script(
                "The first sentence is long enough to take a moment to say out loud.",
                "The second sentence keeps the narrator busy for a little while longer.",
                "The third sentence describes the hand glazed stoneware in some detail.",
                "The fourth sentence explains that it fits the standard number two filters.",
                "The fifth sentence talks about the six hundred millilitre glass carafe.",
                "The sixth sentence says that slow mornings deserve a proper cup of coffee.",
                "The seventh sentence repeats that the set is made by Northfield.",
                "The eighth sentence finally asks the viewer to shop now."));
        RecordMetadata record = sendRenderRequest(job);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            StageRun run = jobStore.find(job.id()).orElseThrow().currentRun();
            return run != null && run.stage() == JobStatus.RENDERING && run.worker() != null;
        });

        jobStore.update(job.id(), j -> j.cancel(Instant.now()));

        awaitConsumed(record);
        Job after = jobStore.find(job.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(JobStatus.CANCELED);
        assertThat(after.results().artifacts()).isEmpty();
        assertThat(artifacts.find(job.id(), "video.mp4")).isEmpty();
        try (Stream<Path> leftovers = Files.list(WORK)) {
            assertThat(leftovers.filter(p -> p.getFileName().toString().contains(job.id()))).isEmpty();
        }
    }

    @Test
    void aProductWithoutUsableImagesFailsTheJobWithItsCode() throws Exception {
        Job job = JobBuilder.aJob(JobKind.RENDER).id(newId())
                .product(Products.aProduct(List.of(IMAGES.url("/no-such-image.jpg"))))
                .script(script("Nothing to show."))
                .build();
        jobStore.create(job);

        sendRenderRequest(job);

        Job failed = awaitStatus(job.id(), JobStatus.FAILED);
        assertThat(failed.error()).isNotNull();
        assertThat(failed.error().code()).isEqualTo(ErrorCode.NO_USABLE_IMAGES);
        assertThat(failed.error().message()).contains("None of the 1 image URLs tried");
        assertThat(artifacts.find(job.id(), "video.mp4")).isEmpty();
    }

    @Test
    void aLongRenderDoesNotMakeTheBrokerThinkTheWorkerIsDead(
            @Autowired ConsumerFactory<?, ?> consumers,
            @Autowired MediaProperties settings) {
        Map<String, Object> config = consumers.getConfigurationProperties();

        assertThat(config).containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        long pollInterval = Long.parseLong(config.get(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG).toString());
        assertThat(Duration.ofMillis(pollInterval)).isEqualTo(Duration.ofMinutes(15))
                .isGreaterThan(settings.renderTimeout());
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
