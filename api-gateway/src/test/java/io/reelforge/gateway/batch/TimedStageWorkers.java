package io.reelforge.gateway.batch;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.Artifact;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.message.ScrapeRequest;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.pipeline.Lane;
import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.stage.JobFailureRecorder;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.stage.LeaseHeartbeat;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageExecutor;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.testing.Products;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

/**
 * One worker that runs all three stages through the real {@link StageExecutor}, on the real stage topics of both
 * lanes (a consumer per lane, as the scraper, script and media workers have), with work that takes a set time
 * instead of fetching, writing and rendering: the scheduling under test (lanes, the dispatcher's fairness) is the
 * same, and a thousand items pass in seconds. The render stores a small {@value #VIDEO} whose bytes name its job
 * ({@link #videoOf}) in the artifact store, as the media worker stores the video it made.
 */
final class TimedStageWorkers implements AutoCloseable {

    /** A page whose URL has this fails to be fetched on its job's first attempt, and is fetched on a retry. */
    static final String FAILS_FIRST_TIME = "/fails-first-time/";
    static final String VIDEO = "video.mp4";

    private final StageExecutor executor;
    private final JobFailureRecorder failures;
    private final List<ConcurrentMessageListenerContainer<String, Object>> containers = new ArrayList<>();
    private final Map<JobStatus, Duration> workTime;
    private final ArtifactStore artifacts;

    TimedStageWorkers(JobTracker tracker, JobStore store, ArtifactStore artifacts,
            ConsumerFactory<String, Object> consumers, String group, Map<JobStatus, Duration> workTime) {
        this.workTime = workTime;
        this.artifacts = artifacts;
        this.failures = new JobFailureRecorder(tracker);
        this.executor = new StageExecutor(tracker, "timed-worker",
                new LeaseHeartbeat(store, Clock.systemUTC(), Duration.ofSeconds(30)),
                new ReelforgeProperties.StageLimits(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1)));
        for (Lane lane : Lane.values()) {
            List<String> topics = List.of(JobStatus.SCRAPING, JobStatus.SCRIPTING, JobStatus.RENDERING).stream()
                    .map(stage -> Pipeline.topic(stage, lane)).toList();
            ContainerProperties properties = new ContainerProperties(topics.toArray(String[]::new));
            properties.setGroupId(group + "-" + lane.wireName());
            var consumerProperties = new java.util.Properties();
            consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            properties.setKafkaConsumerProperties(consumerProperties);
            properties.setMessageListener((MessageListener<String, Object>) record -> handle(lane, record));
            var container = new ConcurrentMessageListenerContainer<>(consumers, properties);
            container.setConcurrency(1);
            containers.add(container);
        }
    }

    void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
    }

    /** Whether every lane's consumer has its partitions: messages sent from now on are seen. */
    boolean assigned() {
        return containers.stream().allMatch(c -> c.getAssignedPartitions() != null
                && !c.getAssignedPartitions().isEmpty());
    }

    private void handle(Lane lane, ConsumerRecord<String, Object> record) {
        JobMessage message = (JobMessage) record.value();
        try {
            switch (message.payload()) {
                case ScrapeRequest p -> executor.execute(lane, message, p, (m, payload, context) -> {
                    work(JobStatus.SCRAPING);
                    if (payload.url().contains(FAILS_FIRST_TIME) && m.attempt() == 1) {
                        throw new PermanentJobFailure(ErrorCode.FETCH_FAILED, "the page failed the first time");
                    }
                    return new StageOutcome.Scraped(Products.aProduct(List.of("http://127.0.0.1:1/a.jpg")));
                });
                case ScriptRequest p -> executor.execute(lane, message, p, (m, payload, context) -> {
                    work(JobStatus.SCRIPTING);
                    return new StageOutcome.Scripted(Products.aScript(2));
                });
                case RenderRequest p -> executor.execute(lane, message, p, (m, payload, context) -> {
                    work(JobStatus.RENDERING);
                    byte[] video = videoOf(m.jobId());
                    artifacts.write(m.jobId(), VIDEO, new ByteArrayInputStream(video));
                    return new StageOutcome.Rendered(List.of(new Artifact(VIDEO, "video/mp4", video.length)));
                });
            }
        } catch (PermanentJobFailure e) {
            failures.jobFailed(record, e, 1); // what the workers' dead-letter publisher does with a permanent failure
        } catch (Exception e) {
            throw new IllegalStateException("stage failed for job " + message.jobId(), e);
        }
    }

    /** What the render stores as a job's video: its id, repeated, so it compresses well (a real MP4 would not). */
    static byte[] videoOf(String jobId) {
        return ("video of job " + jobId + "\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
    }

    /** The stage's work: it takes its time, as a real stage does (this is the work, not a wait for a condition). */
    private void work(JobStatus stage) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(workTime.getOrDefault(stage, Duration.ZERO).toMillis());
    }

    @Override
    public void close() {
        containers.forEach(c -> c.stop());
        executor.close();
    }
}
