package io.reelforge.gateway.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.job.JobStore;
import io.reelforge.gateway.RunningGateway;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A job's files last as long as its record: once the record has expired, the gateway's sweep deletes them. */
class ArtifactRetentionTest extends RunningGateway {

    @Autowired
    ArtifactRetention retention;
    @Autowired
    ArtifactStore artifacts;
    @Autowired
    JobStore jobs;
    @Autowired
    StringRedisTemplate redis;

    @BeforeEach
    void noSweepHeldTheLock() {
        redis.delete(ArtifactRetention.LOCK);
    }

    @Test
    void theFilesOfAJobWhoseRecordHasExpiredAreDeleted() throws IOException {
        String expired = UUID.randomUUID().toString(); // files without a record: what expiry leaves behind
        artifacts.write(expired, "video.mp4", new ByteArrayInputStream(new byte[10]));
        artifacts.write(expired, "thumbnail.jpg", new ByteArrayInputStream(new byte[10]));

        retention.sweep();

        assertThat(artifacts.find(expired, "video.mp4")).isEmpty();
        assertThat(artifacts.find(expired, "thumbnail.jpg")).isEmpty();
        assertThat(artifacts.jobIds()).doesNotContain(expired);
    }

    @Test
    void theFilesOfAJobThatStillHasItsRecordAreKept() throws IOException {
        String id = newTenant().createJob();
        artifacts.write(id, "video.mp4", new ByteArrayInputStream(new byte[10]));

        retention.sweep();

        assertThat(jobs.find(id)).isPresent();
        assertThat(artifacts.find(id, "video.mp4")).isPresent();
    }

    @Test
    void onlyOneGatewaySweepsInAnInterval() throws IOException {
        var other = new ArtifactRetention(artifacts, jobs, redis, Duration.ofHours(1), "other-gateway");

        assertThat(retention.sweepIfDue()).isTrue();
        assertThat(other.sweepIfDue()).isFalse();
    }
}
