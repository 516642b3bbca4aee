package io.reelforge.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.message.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.retrytopic.DestinationTopic;

/**
 * The broker creates no topic by itself, so the topics spring-kafka's retries send to must be exactly those
 * {@link Topics} lists and the start-up creates.
 */
class StageRetryTopicsTest {

    /** Never connects: the retry configuration only keeps it for sending later. */
    private static final KafkaTemplate<String, Object> KAFKA =
            new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of()));

    @ParameterizedTest(name = "{0} attempts, back-off {1} ms x{2} up to {3} ms")
    @CsvSource({
            "1, 1000, 2.0, 30000",
            "3, 1000, 2.0, 30000",
            "6, 1000, 2.0, 4000",   // delays 1, 2, 4, 4, 4 s: the capped ones still get a topic each
            "3, 2000, 2.0, 2000",   // no room to grow: a fixed delay
            "4, 500, 1.0, 30000"})
    void theRetryTopicsAreTheOnesTopicsNames(int attempts, long initialMillis, double multiplier, long maxMillis) {
        var kafka = new ReelforgeProperties.Kafka(6, (short) 1, attempts, Duration.ofMillis(initialMillis), multiplier,
                Duration.ofMillis(maxMillis), 1);

        List<DestinationTopic.Properties> destinations = StageRetryTopics.retryTopics(kafka).create(KAFKA)
                .getDestinationTopicProperties();

        for (String topic : Topics.STAGE_TOPICS) {
            List<String> used = new ArrayList<>();
            destinations.stream().filter(d -> !d.isMainEndpoint()).forEach(d -> used.add(topic + d.suffix()));
            List<String> created = new ArrayList<>(Topics.retries(topic, attempts));
            created.add(Topics.deadLetter(topic));
            assertThat(used).containsExactlyElementsOf(created);
        }
    }
}
