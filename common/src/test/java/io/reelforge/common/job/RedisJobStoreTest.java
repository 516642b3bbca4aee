package io.reelforge.common.job;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.testing.SharedRedis;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class RedisJobStoreTest extends JobStoreContract {

    private static final Instant NOW = Instant.parse("2026-01-01T00:05:00Z");

    private static LettuceConnectionFactory connections;
    private static StringRedisTemplate redis;
    private static RedisJobStore store;

    @BeforeAll
    static void connect() {
        URI url = URI.create(SharedRedis.url());
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(url.getHost(), url.getPort()));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
        store = new RedisJobStore(redis, Duration.ofHours(1));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Override
    protected JobStore store() {
        return store;
    }

    @Test
    void jobsSavedBeforeTheStateIndexesExistedAreListedByState() {
        String tenant = "t-" + java.util.UUID.randomUUID();
        Job job = aVideoJob().tenant(tenant).build();
        store.create(job);
        store.update(job.id(), j -> j.cancel(NOW));
        // what an older version left: the job and the tenant's list, no state or kind sets
        redis.delete(redis.keys("reelforge:tenant:" + tenant + ":jobs:*"));

        JobListing canceled = store.list(tenant, new JobFilter(JobStatus.CANCELED, JobKind.VIDEO), 0, 10);

        assertThat(canceled.jobs()).extracting(Job::id).containsExactly(job.id());
        assertThat(canceled.total()).isEqualTo(1);
    }

    @Test
    void aJobFoundUnderAStateItHasLeftIsMovedToItsOwn() {
        String tenant = "t-" + java.util.UUID.randomUUID();
        Job job = aVideoJob().tenant(tenant).build();
        store.create(job);
        store.list(tenant, new JobFilter(JobStatus.QUEUED, null), 0, 10); // indexed from here on
        store.update(job.id(), j -> j.cancel(NOW));
        // a process of an older version saved the cancel without moving the job between the sets
        redis.opsForZSet().add("reelforge:tenant:" + tenant + ":jobs:state:queued", job.id(), 1);
        redis.opsForZSet().remove("reelforge:tenant:" + tenant + ":jobs:state:canceled", job.id());

        assertThat(store.list(tenant, new JobFilter(JobStatus.QUEUED, null), 0, 10).jobs()).isEmpty();
        assertThat(store.list(tenant, new JobFilter(JobStatus.CANCELED, null), 0, 10).jobs()).extracting(Job::id)
                .containsExactly(job.id());
    }

    @Test
    void aJobWhoseRecordExpiredLeavesTheListingsThatComeAcrossIt() {
        String tenant = "t-" + java.util.UUID.randomUUID();
        Job job = aVideoJob().tenant(tenant).build();
        store.create(job);
        redis.delete("reelforge:job:" + job.id()); // its retention ran out

        assertThat(store.list(tenant, new JobFilter(JobStatus.QUEUED, null), 0, 10).total()).isZero();
        assertThat(store.list(tenant, JobFilter.ALL, 0, 10).total()).isZero();
        assertThat(redis.opsForZSet().zCard("reelforge:tenant:" + tenant + ":jobs:state:queued")).isZero();
    }
}
