package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.stack.JoinedService;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code reelforge up --without media}: the stack runs without its media worker, render requests wait in Kafka,
 * and a media worker started on its own (as the separate process would be) picks them up, with the stack's fetch
 * policy: it is given no allowed hosts of its own, and the store's images are on loopback.
 */
class SeparateMediaWorkerTest {

    private static final List<String> WORKER_ARGS = List.of(
            "--reelforge.script.engine=template",
            "--reelforge.media.tts.engine=marytts",
            "--reelforge.media.format=144x256",
            "--reelforge.kafka.partitions=1");
    private static final List<String> STACK_ARGS = Stream.concat(Stream.of("--reelforge.fetch.allowed-hosts=127.0.0.1"),
            WORKER_ARGS.stream()).toList();

    @TempDir
    Path data;

    @Test
    void aStackWithoutItsMediaWorkerRendersOnceAMediaWorkerJoinsWithTheStacksFetchPolicy() throws Exception {
        try (SampleStore store = SampleStore.start(0);
                LocalStack stack = LocalStack.start(data, 0, STACK_ARGS, null, Set.of(Service.MEDIA))) {
            assertThat(stack.running()).containsExactlyInAnyOrder(Service.GATEWAY, Service.SCRAPER, Service.SCRIPT);
            Api api = Api.withNewKey(stack);
            String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl() + "\", \"durationSeconds\": 5}");

            JsonNode waiting = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.job(id), job -> job.path("stage").asString().equals("rendering"));
            // honest: no worker renders it yet, so it reads as waiting in the render stage, not as rendering
            assertThat(waiting.path("status").asString()).isEqualTo("queued");
            assertThat(waiting.path("waitingSince").asString()).isNotEmpty();
            assertThat(stack.settings().allowedHosts()).containsExactly("127.0.0.1");
            try (JoinedService media = LocalStack.join(Service.MEDIA, stack.settings(), data, WORKER_ARGS)) {
                JsonNode job = api.awaitFinal(id, Duration.ofMinutes(3));

                assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
                Mp4Assertions.assertPlayableVideo(api.download(id, "video.mp4", data), 144, 256);
            }
        }
    }
}
