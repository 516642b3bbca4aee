package io.reelforge.gateway.job;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.stage.StagePayloads;
import io.reelforge.common.watchdog.LeaseSweeper;
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

    public JobRetryService(JobQueryService jobs, JobTracker tracker, LeaseSweeper sweeper, Clock clock) {
        this.jobs = jobs;
        this.tracker = tracker;
        this.sweeper = sweeper;
        this.clock = clock;
    }

    /**
     * @throws io.reelforge.common.job.JobNotFoundException when the tenant has no such job
     * @throws JobNotRetryableException when the job is not failed or canceled, nor abandoned by its worker
     * @throws QueueUnavailableException when the stage message could not be queued (the job is failed again)
     */
    public Job retry(String tenant, String id) {
        Job found = jobs.find(tenant, id);
        if (!found.status().isFinal()) {
            // a job whose worker died (its lease ran out) need not wait for the watchdog: drive it again now
            return sweeper.redriveIfExpired(id)
                    .orElseThrow(() -> new JobNotRetryableException(found.id(), found.status()));
        }
        Instant now = clock.instant();
        Job job = tracker.update(id, current -> {
            if (current.status() != JobStatus.FAILED && current.status() != JobStatus.CANCELED) {
                throw new JobNotRetryableException(current.id(), current.status());
            }
            return current.retry(now);
        });
        try {
            tracker.send(JobMessage.of(job.id(), job.tenant(), job.attempt(), StagePayloads.forStage(job, job.status()),
                    now));
        } catch (RuntimeException e) {
            log.error("could not queue the retry of job {}; marking it failed", job.id(), e);
            Unqueued.markFailed(tracker, clock, job);
            throw new QueueUnavailableException(job.id(), e);
        }
        log.info("retrying job {} from {} (attempt {})", job.id(), job.status().wireName(), job.attempt());
        return job;
    }
}
