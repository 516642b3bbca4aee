package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.standalone.ReelforgeCli;
import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.stack.JoinedService;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A media worker is its own process and is killed ({@code kill -9}) in the middle of a render: the job does not stay
 * "rendering" forever. Its lease runs out, the watchdog drives the render again with the next attempt, the killed
 * run stays in the history as lost, the render folder it left is removed when the next worker starts, and the job
 * succeeds on that worker. Before a worker claims the render, the job says it waits for one.
 */
class WorkerKilledMidRenderTest {

    private static final Duration LEASE = Duration.ofSeconds(2);
    private static final List<String> ARGS = List.of(
            "--reelforge.fetch.allowed-hosts=127.0.0.1",
            "--reelforge.script.engine=template",
            "--reelforge.media.tts.engine=marytts",
            "--reelforge.kafka.partitions=1",
            "--reelforge.jobs.lease=" + LEASE.toMillis() + "ms",
            "--reelforge.jobs.sweep-interval=500ms");

    @TempDir
    Path data;

    @Test
    void aRenderWhoseWorkerProcessIsKilledIsDrivenAgainAndSucceeds() throws Exception {
        Path work = data.resolve("render-work");
        try (SampleStore store = SampleStore.start(0);
                LocalStack stack = LocalStack.start(data, 0, ARGS, null, Set.of(Service.MEDIA))) {
            Api api = Api.withNewKey(stack);
            String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl() + "\"}");

            JsonNode waiting = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.job(id), job -> "rendering".equals(job.path("stage").asString()));
            assertThat(waiting.path("status").asString()).as("no media worker has claimed it").isEqualTo("queued");
            assertThat(waiting.path("waitingSince").isMissingNode() || waiting.path("waitingSince").isNull()).isFalse();

            Process worker = mediaWorkerProcess(stack, work);
            try {
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> {
                    JsonNode job = api.job(id);
                    return "rendering".equals(job.path("status").asString()) && job.path("progress").asInt() >= 70;
                });
            } finally {
                worker.destroyForcibly().waitFor();
            }
            Instant killed = Instant.now();
            String killedWorker = ":" + worker.pid() + "/";

            JsonNode redriven = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> api.job(id), job -> job.path("attempt").asInt() == 2);
            JsonNode lost = redriven.path("history").get(redriven.path("history").size() - 2);
            assertThat(lost.path("worker").asString()).contains(killedWorker);
            assertThat(lost.path("outcome").asString()).isEqualTo("lost");
            Instant redrivenAt = Instant.parse(lost.path("endedAt").asString());
            assertThat(Duration.between(killed, redrivenAt)).as("re-driven within a lease and a sweep")
                    .isLessThan(LEASE.plusSeconds(5));
            assertThat(redriven.path("status").asString()).isEqualTo("queued");
            assertThat(renderFolders(work)).as("the killed render's folder").isNotEmpty();

            List<String> joined = new ArrayList<>(ARGS);
            joined.add("--reelforge.media.format=144x256");
            joined.add("--reelforge.media.work-dir=" + work);
            try (JoinedService media = LocalStack.join(Service.MEDIA, stack.settings(), data, joined)) {
                assertThat(renderFolders(work)).as("removed when the next worker starts").isEmpty();
                JsonNode job = api.awaitFinal(id, Duration.ofMinutes(3));

                assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
                assertThat(job.path("attempt").asInt()).isEqualTo(2);
                assertThat(job.path("history")).filteredOn(run -> run.path("stage").asString().equals("rendering"))
                        .extracting(run -> run.path("outcome").asString())
                        .containsExactly("lost", "completed");
                Mp4Assertions.assertPlayableVideo(api.download(id, "video.mp4", data), 144, 256);
            }
        }
    }

    /** A media worker as its own JVM, the way {@code reelforge worker media} starts one. */
    private Process mediaWorkerProcess(LocalStack stack, Path work) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dreelforge.script.engine=template", "-Dreelforge.media.tts.engine=marytts",
                "-Dreelforge.jobs.lease=" + LEASE.toMillis() + "ms", "-Dreelforge.jobs.sweep-interval=500ms",
                "-Dreelforge.media.work-dir=" + work,
                "-cp", System.getProperty("java.class.path"), ReelforgeCli.class.getName(),
                "worker", "media", "--data", data.toString(), "--allow-host", "127.0.0.1",
                "--kafka", stack.settings().kafkaBootstrapServers(), "--redis", stack.settings().redisUrl()));
        File log = data.resolve("media-process.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static List<Path> renderFolders(Path work) throws Exception {
        if (!Files.isDirectory(work)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(work)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("render-")).toList();
        }
    }
}
