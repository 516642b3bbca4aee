package io.reelforge.gateway.job;

import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobNotFoundException;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.watchdog.LeaseSweeper;
import io.reelforge.gateway.availability.KafkaCircuit;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Drives a failed or canceled job again from where it stopped: the job re-enters its first unfinished stage under
 * the same id with the next attempt number, and that stage's message is rebuilt from the results the job already
 * has, so a failed render is rendered again without scraping the page or writing the script a second time. A job
 * still in a stage whose worker stopped renewing its lease is driven again the way the watchdog would.
 */
@Service
public class JobRetryService {

    private static final Logger log = LoggerFactory.getLogger(JobRetryService.class);

    private final JobQueryService jobs;
    private final JobTracker tracker;
    private final LeaseSweeper sweeper;
    private final Clock clock;
    private final KafkaCircuit kafka;

    public JobRetryService(JobQueryService jobs, JobTracker tracker, LeaseSweeper sweeper, Clock clock,
            KafkaCircuit kafka) {
        this.jobs = jobs;
        this.tracker = tracker;
        this.sweeper = sweeper;
        this.clock = clock;
        this.kafka = kafka;
    }

    /**
     * @throws io.reelforge.common.job.JobNotFoundException when the tenant has no such job
     * @throws JobNotRetryableException when the job is not failed or canceled, nor abandoned by its worker
     * @throws QueueUnavailableException when the stage message could not be queued (the job is failed again)
     * @throws org.springframework.dao.DataAccessException when Redis is unavailable (answered 503)
     */
    public Job retry(String tenant, String id) {
        Job before = jobs.find(tenant, id);
        if (!before.status().isFinal()) {
            // a job whose worker died (its lease ran out) need not wait for the watchdog: drive it again now
            return sweeper.redriveIfExpired(id)
                    .orElseThrow(() -> new JobNotRetryableException(before.id(), before.status()));
        }
        if (!kafka.admits()) {
            throw new QueueUnavailableException(); // Kafka refused a job a moment ago: change nothing
        }
        Instant now = clock.instant();
        Job job;
        try {
            // saving announces the retry on Kafka, which may fail after the retry is saved
            job = tracker.update(id, current -> {
                if (current.status() != JobStatus.FAILED && current.status() != JobStatus.CANCELED) {
                    throw new JobNotRetryableException(current.id(), current.status());
                }
                return current.retry(now);
            }).job();
            tracker.send(Pipeline.enter(job, job.status(), now));
        } catch (JobNotRetryableException | JobNotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            // the client is told the retry failed, so the retried attempt, if saved, must never run
            Unqueued.markFailed(tracker, clock, id, before.attempt() + 1);
            throw Unqueued.answerFor(id, e, kafka);
        }
        kafka.succeeded();
        log.info("retrying job {} from {} (attempt {})", job.id(), job.status().wireName(), job.attempt());
        return job;
    }
}
