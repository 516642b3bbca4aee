package io.reelforge.common.testing;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One embedded Kafka broker (KRaft) per test JVM, started on first use: every Spring context of a module's tests
 * points at it, so the suite pays for one broker, not one per test class.
 */
public final class SharedKafka {

    private SharedKafka() {
    }

    public static String bootstrapServers() {
        return Holder.BROKER.getBrokersAsString();
    }

    private static final class Holder {
        static final EmbeddedKafkaKraftBroker BROKER = start();

        private static EmbeddedKafkaKraftBroker start() {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 4);
            broker.brokerProperty("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
            broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
            return broker;
        }
    }
}
