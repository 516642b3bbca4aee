package io.reelforge.gateway.artifact;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.schedule.IntervalTurn;
import io.reelforge.common.schedule.PeriodicTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A job's files live as long as its record: Redis expires the record {@code reelforge.jobs.retention} after the
 * job's last change, and this deletes the files of every job whose record is gone, in any store (for S3, a bucket
 * lifecycle rule is the backstop: README). Deciding by the record rather than by the files' age keeps a retried job's
 * files as long as the job. Every gateway runs it every {@code reelforge.artifacts.sweep-interval}, but one at a
 * time: each sweep first takes a Redis lock that lasts one interval.
 */
public final class ArtifactRetention extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(ArtifactRetention.class);
    static final String LOCK = "reelforge:artifacts:sweep:lock";

    private final ArtifactStore artifacts;
    private final JobStore jobs;
    private final IntervalTurn turn;

    public ArtifactRetention(ArtifactStore artifacts, JobStore jobs, StringRedisTemplate redis, Duration interval,
            String instance) {
        super("artifact-retention", interval);
        this.artifacts = artifacts;
        this.jobs = jobs;
        this.turn = new IntervalTurn(redis, LOCK, instance, interval);
    }

    /** Deletes the files of every job that has no record any more; returns how many jobs' files went. */
    public int sweep() throws IOException {
        int deleted = 0;
        for (String id : artifacts.jobIds()) {
            if (jobs.find(id).isEmpty()) {
                artifacts.deleteAll(id);
                deleted++;
            }
        }
        return deleted;
    }

    /** Sweeps now unless another gateway swept within the interval; returns whether this one did. */
    public boolean sweepIfDue() throws IOException {
        if (!turn.take()) {
            return false;
        }
        int deleted = sweep();
        if (deleted > 0) {
            log.info("deleted the files of {} job(s) whose records have expired", deleted);
        }
        return true;
    }

    @Override
    protected void runOnce() {
        try {
            sweepIfDue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
