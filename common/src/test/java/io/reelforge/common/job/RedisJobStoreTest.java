package io.reelforge.common.job;

import io.reelforge.common.testing.SharedRedis;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class RedisJobStoreTest extends JobStoreContract {

    private static LettuceConnectionFactory connections;
    private static RedisJobStore store;

    @BeforeAll
    static void connect() {
        URI url = URI.create(SharedRedis.url());
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(url.getHost(), url.getPort()));
        connections.afterPropertiesSet();
        connections.start();
        StringRedisTemplate template = new StringRedisTemplate(connections);
        store = new RedisJobStore(template, Duration.ofHours(1));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Override
    protected JobStore store() {
        return store;
    }
}
