package io.reelforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.standalone.infra.LocalKafka;
import io.reelforge.standalone.infra.LocalRedis;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class LocalInfrastructureTest {

    @TempDir
    Path data;

    @Test
    void theLocalBrokerAcceptsAndDeliversMessages() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(data.resolve("kafka"), 0)) {
            Map<String, Object> common = Map.of("bootstrap.servers", kafka.bootstrapServers());
            try (AdminClient admin = AdminClient.create(common)) {
                admin.createTopics(List.of(new NewTopic("probe", 1, (short) 1))).all().get();
            }
            Properties producerProps = new Properties();
            producerProps.putAll(common);
            try (var producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("probe", "k", "hello")).get();
            }
            Properties consumerProps = new Properties();
            consumerProps.putAll(common);
            consumerProps.put("group.id", "probe");
            consumerProps.put("auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("probe"));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (records.isEmpty() && System.nanoTime() < deadline) {
                    records = consumer.poll(Duration.ofMillis(500));
                }
                assertThat(records.iterator().next().value()).isEqualTo("hello");
            }
        }
    }

    @Test
    void theLocalRedisKeepsDataAcrossARestart() throws Exception {
        Path redisData = data.resolve("redis");
        try (LocalRedis redis = LocalRedis.start(redisData, 0)) {
            withTemplate(redis.url(), t -> t.opsForValue().set("reelforge:probe", "kept"));
        }
        try (LocalRedis redis = LocalRedis.start(redisData, 0)) {
            withTemplate(redis.url(), t -> assertThat(t.opsForValue().get("reelforge:probe")).isEqualTo("kept"));
        }
    }

    private static void withTemplate(String url, java.util.function.Consumer<StringRedisTemplate> action) {
        URI uri = URI.create(url);
        var factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(uri.getHost(), uri.getPort()));
        factory.afterPropertiesSet();
        factory.start();
        try {
            action.accept(new StringRedisTemplate(factory));
        } finally {
            factory.destroy();
        }
    }
}
