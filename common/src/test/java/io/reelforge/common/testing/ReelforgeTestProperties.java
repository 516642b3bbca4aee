package io.reelforge.common.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at the shared broker and Redis, with fast retries and a private artifact root. */
public final class ReelforgeTestProperties {

    private ReelforgeTestProperties() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServers);
        registry.add("spring.data.redis.url", SharedRedis::url);
        registry.add("reelforge.kafka.partitions", () -> "4");
        registry.add("reelforge.kafka.initial-backoff", () -> "100ms");
        registry.add("reelforge.kafka.max-backoff", () -> "500ms");
        registry.add("reelforge.fetch.allowed-hosts", () -> "127.0.0.1,localhost");
    }
}
