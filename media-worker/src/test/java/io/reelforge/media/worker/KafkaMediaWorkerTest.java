package io.reelforge.media.worker;

import static org.awaitility.Awaitility.await;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.message.Topics;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.common.testing.JobBuilder;
import io.reelforge.common.testing.Products;
import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.media.testing.StaticHttpServer;
import io.reelforge.media.testing.TestImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The media worker as it runs: the Spring Boot application against the shared embedded Kafka broker and Redis,
 * rendering tiny videos with MaryTTS. Every test class extending this one has the same configuration, so they
 * share one application context (and one consumer in the group) instead of competing for messages.
 */
@SpringBootTest(properties = {
        "spring.config.name=media-worker",
        "spring.application.name=media-worker",
        "reelforge.media.width=144",
        "reelforge.media.height=256",
        "reelforge.media.tts.engine=marytts"})
abstract class KafkaMediaWorkerTest {

    /** Shared by every context of the test JVM, so jobs rendered by any worker are found here. */
    static final Path ARTIFACTS = directory("artifacts");
    static final Path WORK = directory("work");
    /** Local copies of stored videos, for the probes that read files. */
    static final Path COPIES = directory("copies");
    static final StaticHttpServer IMAGES = new StaticHttpServer();
    static final List<String> IMAGE_URLS = List.of(
            IMAGES.serve("/product-1.jpg", "image/jpeg", TestImages.jpeg(1200, 800)),
            IMAGES.serve("/product-2.png", "image/png", TestImages.png(500, 900)));

    @Autowired
    JobStore jobStore;
    @Autowired
    KafkaTemplate<String, Object> kafka;
    @Autowired
    KafkaAdmin kafkaAdmin;

    @DynamicPropertySource
    static void register(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
        registry.add("reelforge.artifacts.root", ARTIFACTS::toString);
        registry.add("reelforge.media.work-dir", WORK::toString);
    }

    /** Command-line style arguments that start another worker like the test context. */
    static String[] sameSettingsAsTheTestContext(String bootstrapServers, String redisUrl) {
        return new String[] {
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.data.redis.url=" + redisUrl,
                "--reelforge.kafka.partitions=4",
                "--reelforge.kafka.initial-backoff=100ms",
                "--reelforge.kafka.max-backoff=500ms",
                "--reelforge.fetch.allowed-hosts=127.0.0.1,localhost",
                "--reelforge.artifacts.root=" + ARTIFACTS,
                "--reelforge.media.work-dir=" + WORK,
                "--reelforge.media.width=144",
                "--reelforge.media.height=256",
                "--reelforge.media.tts.engine=marytts",
                "--server.port=0"};
    }

    static VideoScript script(String... narration) {
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < narration.length; i++) {
            scenes.add(new Scene(narration[i], null, i, null));
        }
        return new VideoScript("en", "Aurora", null, scenes, null);
    }

    /** Creates a render job that brings its own script, as {@code /generate-video} does. */
    Job createRenderJob(String id, VideoScript script) {
        return createRenderJob(id, script, JobOptions.defaults());
    }

    /** The same, with the client's options (render options among them). */
    Job createRenderJob(String id, VideoScript script, JobOptions options) {
        Job job = JobBuilder.aJob(JobKind.RENDER).id(id).product(product()).script(script).options(options).build();
        jobStore.create(job);
        return job;
    }

    /** Sends the job's render request keyed by its id, as the script worker would; returns where it landed. */
    RecordMetadata sendRenderRequest(Job job) throws Exception {
        var request = new RenderRequest(job.request().product(), job.request().script(), job.request().options());
        JobMessage message = JobMessage.of(job.id(), job.tenant(), 1, request, Instant.now());
        return kafka.send(Topics.RENDER_REQUESTS, job.id(), message).get().getRecordMetadata();
    }

    Job awaitStatus(String jobId, JobStatus status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> jobStore.find(jobId).orElseThrow().status() == status);
        return jobStore.find(jobId).orElseThrow();
    }

    /** Waits until the media workers' group has committed past this record: its listener call has returned. */
    void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin
                        .listConsumerGroupOffsets(RenderRequestListener.GROUP).partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata committed = offsets.get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    static ProductDetails product() {
        return Products.aProduct(IMAGE_URLS);
    }

    private static Path directory(String name) {
        try {
            Path target = Files.createDirectories(Path.of("target", "kafka-tests"));
            return Files.createTempDirectory(target, name + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
