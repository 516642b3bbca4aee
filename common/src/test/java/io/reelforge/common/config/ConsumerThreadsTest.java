package io.reelforge.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsumerThreadsTest {

    private static ReelforgeProperties.Kafka partitions(int partitions) {
        return new ReelforgeProperties.Kafka(partitions, (short) 1, 3, Duration.ofSeconds(1), 2.0,
                Duration.ofSeconds(30), 1);
    }

    @Test
    void aWorkerRunsTheThreadsItAsksFor() {
        assertThat(ConsumerThreads.of("reelforge.scraper.concurrency", 4, partitions(6))).isEqualTo(4);
    }

    @Test
    void neverMoreThreadsThanATopicHasPartitionsSinceTheExtraOnesWouldSitIdle() {
        assertThat(ConsumerThreads.of("reelforge.scraper.concurrency", 4, partitions(2))).isEqualTo(2);
    }
}
