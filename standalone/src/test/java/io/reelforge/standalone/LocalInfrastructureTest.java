package io.reelforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.reelforge.standalone.infra.LocalKafka;
import io.reelforge.standalone.infra.LocalRedis;
import io.reelforge.standalone.infra.OwnerLock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
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

/** The stack's own Kafka and Redis: data and ports kept across restarts, and one Redis per data folder, ever. */
class LocalInfrastructureTest {

    @TempDir
    Path data;

    @Test
    void theLocalBrokerAcceptsAndDeliversMessages() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(data.resolve("kafka"))) {
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
    void theLocalRedisKeepsDataAndItsPortAcrossARestart() throws Exception {
        Path redisData = data.resolve("redis");
        String url;
        try (LocalRedis redis = LocalRedis.start(redisData)) {
            url = redis.url();
            withTemplate(redis.url(), t -> t.opsForValue().set("reelforge:probe", "kept"));
        }
        try (LocalRedis redis = LocalRedis.start(redisData)) {
            assertThat(redis.url()).isEqualTo(url);
            withTemplate(redis.url(), t -> assertThat(t.opsForValue().get("reelforge:probe")).isEqualTo("kept"));
        }
    }

    @Test
    void aSecondRedisOnTheSameDataFolderIsRefused() throws Exception {
        Path redisData = data.resolve("redis");
        try (LocalRedis redis = LocalRedis.start(redisData)) {
            assertThatThrownBy(() -> LocalRedis.start(redisData))
                    .isInstanceOf(OwnerLock.AlreadyRunningException.class)
                    .hasMessageContaining("Redis on " + redisData.toAbsolutePath());
            withTemplate(redis.url(), t -> assertThat(t.opsForValue().increment("reelforge:still-serving")).isOne());
        }
    }

    @Test
    void aRedisServerLeftOverByAKilledStackIsStoppedBeforeANewOneStarts() throws Exception {
        Path redisData = data.resolve("redis").toAbsolutePath();
        LocalRedis.start(redisData).close(); // leaves the folder's configuration and binary, as any earlier run
        Process leftover = startTheWayTheStackDoes(redisData);
        try {
            // Redis wrote its pid file, and nobody stops it: as after a kill -9 of a stack without setpriv
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(redisData.resolve("redis.pid")));
            String url = "redis://127.0.0.1:" + keptPort(redisData);
            withTemplate(url, t -> t.opsForValue().set("reelforge:written-by-the-leftover", "kept"));

            try (LocalRedis redis = LocalRedis.start(redisData)) {
                assertThat(leftover.isAlive()).isFalse();
                assertThat(redisServersOf(redisData)).containsExactly(redis.pid());
                withTemplate(redis.url(), t -> assertThat(t.opsForValue().get("reelforge:written-by-the-leftover"))
                        .isEqualTo("kept"));
            }
        } finally {
            leftover.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileNamingAnotherProgramLeavesThatProgramAlone() throws Exception {
        Path redisData = data.resolve("redis").toAbsolutePath();
        Files.createDirectories(redisData);
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(redisData.resolve("redis.pid"), other.pid() + "\n");
            try (LocalRedis redis = LocalRedis.start(redisData)) {
                assertThat(other.isAlive()).isTrue();
                assertThat(redis.pid()).isNotEqualTo(other.pid());
            }
        } finally {
            other.destroyForcibly();
        }
    }

    /** The server binary and configuration the stack wrote into the folder, started by hand with nothing watching. */
    private static Process startTheWayTheStackDoes(Path redisData) throws Exception {
        Path binary;
        try (Stream<Path> files = Files.list(redisData.resolve("bin"))) {
            binary = files.filter(Files::isExecutable).findFirst().orElseThrow();
        }
        return new ProcessBuilder(binary.toString(), redisData.resolve("redis.conf").toString())
                .directory(redisData.toFile())
                .redirectErrorStream(true)
                .redirectOutput(redisData.resolve("leftover.log").toFile())
                .start();
    }

    private static int keptPort(Path dir) throws Exception {
        Properties ports = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("ports.properties"))) {
            ports.load(in);
        }
        return Integer.parseInt(ports.getProperty("port"));
    }

    /** The redis-server processes running this folder's copy of the binary. */
    private static List<Long> redisServersOf(Path dir) {
        String binaries = dir.resolve("bin").toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.startsWith(binaries)).orElse(false))
                .map(ProcessHandle::pid)
                .toList();
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
