package io.reelforge.common.config;

import io.reelforge.common.message.JsonRecordDeserializer;
import io.reelforge.common.message.JsonRecordSerializer;
import java.util.Map;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * Kafka serialization and operations (metrics, probes) defaults every service needs, added as the lowest-precedence property source so any of them
 * can still be overridden. A malformed message is caught by {@code ErrorHandlingDeserializer} and dead-lettered
 * instead of blocking its partition.
 */
public class ReelforgeDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "reelforgeDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = Map.ofEntries(
                Map.entry("spring.kafka.producer.key-serializer", StringSerializer.class.getName()),
                Map.entry("spring.kafka.producer.value-serializer", JsonRecordSerializer.class.getName()),
                Map.entry("spring.kafka.producer.acks", "all"),
                Map.entry("spring.kafka.consumer.key-deserializer", StringDeserializer.class.getName()),
                Map.entry("spring.kafka.consumer.value-deserializer", ErrorHandlingDeserializer.class.getName()),
                Map.entry("spring.kafka.consumer.properties.spring.deserializer.value.delegate.class",
                        JsonRecordDeserializer.class.getName()),
                Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
                Map.entry("spring.kafka.consumer.enable-auto-commit", "false"),
                // a stage takes seconds to minutes: fetch one message at a time, so a batch never outlives
                // max.poll.interval.ms and other consumers of the group can take the rest
                Map.entry("spring.kafka.consumer.max-poll-records", "1"),
                // a consumer learns that its group is rebalancing from its next heartbeat: at Kafka's 3 s default, a
                // worker's second consumer of a group waited for the first one's heartbeat before either had its
                // partitions, which was most of a started worker's wait to be ready (2.6 of its last 2.8 s). A heartbeat
                // is a few bytes to the group coordinator; twice a second per consumer is nothing to a broker
                Map.entry("spring.kafka.consumer.heartbeat-interval", "500ms"),
                // operations: metrics for Prometheus, and probes an orchestrator reads; a worker is ready once its
                // consumers have joined their groups (the gateway overrides readiness: it serves without them)
                Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
                Map.entry("management.endpoint.health.probes.enabled", "true"),
                Map.entry("management.endpoint.health.group.readiness.include", "readinessState,kafkaConsumers"),
                Map.entry("management.metrics.tags.application", "${spring.application.name:reelforge}"),
                // request latency as a histogram, so percentiles can be taken over several gateways
                Map.entry("management.metrics.distribution.percentiles-histogram.http.server.requests", "true"));
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}
