package io.reelforge.script.stage;

import io.reelforge.common.pipeline.Pipeline;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.JsonRecordDeserializer;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.message.Topics;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.testing.SharedKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Submits jobs to the script stage the way the gateway and the scraper do, and watches what comes out. */
final class StageJobs {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final JobTracker tracker;

    StageJobs(JobTracker tracker) {
        this.tracker = tracker;
    }

    Job submit(Job job) {
        tracker.create(job);
        tracker.send(Pipeline.enter(job, JobStatus.SCRIPTING, tracker.clock().instant()));
        return job;
    }

    /** The job once it has left the script stage (done, failed, or handed to rendering). */
    Job afterScripting(Job job) {
        return await().atMost(PATIENCE).until(() -> tracker.store().find(job.id()).orElseThrow(),
                j -> j.status() != JobStatus.QUEUED && j.status() != JobStatus.SCRIPTING);
    }

    /** The message the script stage published for this job on the render topic. */
    JobMessage renderRequestOf(Job job) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        AtomicReference<JobMessage> found = new AtomicReference<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new JsonRecordDeserializer())) {
            consumer.subscribe(List.of(Topics.RENDER_REQUESTS));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (job.id().equals(record.key())) {
                        found.set((JobMessage) record.value());
                    }
                });
                return found.get() != null;
            });
        }
        return found.get();
    }
}
