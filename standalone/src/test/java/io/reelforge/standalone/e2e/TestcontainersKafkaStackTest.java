package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.stack.LocalStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import tools.jackson.databind.JsonNode;

/**
 * The offline video flow against the Kafka image docker-compose uses, where Docker is available; reported as
 * skipped where it is not.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersKafkaStackTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @TempDir
    static Path data;

    private static SampleStore store;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        store = SampleStore.start(0);
        stack = LocalStack.start(data, 0, List.of("--reelforge.fetch.allowed-hosts=127.0.0.1",
                "--reelforge.script.engine=template", "--reelforge.media.tts.engine=marytts"),
                KAFKA.getBootstrapServers());
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aProductUrlBecomesAVideoThroughARealKafkaBroker() throws Exception {
        Api api = Api.withNewKey(stack);
        String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl() + "\", \"durationSeconds\": 15}");

        JsonNode job = api.awaitFinal(id, Duration.ofMinutes(3));

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        Mp4Assertions.assertPlayableVideo(api.download(id, "video.mp4", data), 720, 1280);
    }
}
