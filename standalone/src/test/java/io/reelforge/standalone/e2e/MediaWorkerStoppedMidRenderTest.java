package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A media worker is its own process ({@code reelforge worker media}) and is stopped the way a platform stops it
 * ({@code SIGTERM}) in the middle of a render. Given time enough ({@code reelforge.media.shutdown-grace}), it finishes
 * the render and only then exits; given too little, it hands the job back and another media worker renders it. Either
 * way the job succeeds, is completed once, and nothing fails. The JVM exits with 143 (128 + SIGTERM).
 */
@EnabledOnOs(OS.LINUX) // SIGTERM is what Process.destroy sends on Linux
class MediaWorkerStoppedMidRenderTest {

    private static final List<String> STACK_ARGS = List.of(
            "--reelforge.fetch.allowed-hosts=127.0.0.1",
            "--reelforge.script.engine=template",
            "--reelforge.kafka.partitions=1");
    /** The session timeout the stack gives its static members ({@code MemberSlot}): a worker that did not leave. */
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    private static final int SIGTERM_EXIT = 143;
    /** A video job's progress as it enters its third and last stage, rendering: 99 % x 2/3. */
    private static final int RENDER_STAGE_START = 66;

    @TempDir
    Path data;

    @Test
    void aWorkerStoppedMidRenderFinishesTheRenderWithinItsGraceAndThenExits() throws Exception {
        try (SampleStore store = SampleStore.start(0);
                LocalStack stack = LocalStack.start(data, 0, STACK_ARGS, null, Set.of(Service.MEDIA))) {
            stack.settings().writeTo(data);
            Api api = Api.withNewKey(stack);
            try (CliProcess worker = mediaWorker("media.log", Duration.ofMinutes(3))) {
                String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl() + "\"}");
                awaitRenderingOnAWorker(api, id);

                worker.terminate();
                int exit = worker.awaitExit(Duration.ofMinutes(3));

                JsonNode job = api.job(id);
                assertThat(job.path("status").asString()).as("done before the worker exited: " + job)
                        .isEqualTo("succeeded");
                assertThat(exit).isEqualTo(SIGTERM_EXIT);
                assertThat(job.path("attempt").asInt()).isEqualTo(1);
                assertThat(renderingRuns(job)).singleElement().satisfies(run -> {
                    assertThat(run.path("outcome").asString()).isEqualTo("completed");
                    assertThat(run.path("worker").asString()).contains(":" + worker.pid() + "/");
                });
                assertThat(worker.output()).contains("stopping: 1 render(s) in progress")
                        .containsOnlyOnce("rendered job " + id).doesNotContain("handed back");
                Mp4Assertions.assertPlayableVideo(api.download(id, "video.mp4", data), 144, 256);
            }
        }
    }

    @Test
    void aRenderThatCannotFinishWithinTheGraceIsHandedBackAndAnotherWorkerRendersItOnce() throws Exception {
        try (SampleStore store = SampleStore.start(0);
                LocalStack stack = LocalStack.start(data, 0, STACK_ARGS, null, Set.of(Service.MEDIA))) {
            stack.settings().writeTo(data);
            Api api = Api.withNewKey(stack);
            try (CliProcess first = mediaWorker("media-1.log", Duration.ofMillis(100));
                    CliProcess second = mediaWorker("media-2.log", Duration.ofMillis(100))) {
                String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl() + "\"}");
                String renderer = awaitRenderingOnAWorker(api, id);
                CliProcess stopped = renderer.contains(":" + first.pid() + "/") ? first : second;
                CliProcess other = stopped == first ? second : first;

                stopped.terminate();
                assertThat(stopped.awaitExit(Duration.ofMinutes(1))).isEqualTo(SIGTERM_EXIT);

                JsonNode job = api.awaitFinal(id, Duration.ofMinutes(3));
                assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
                assertThat(job.path("error").isMissingNode() || job.path("error").isNull()).isTrue();
                assertThat(job.path("attempt").asInt()).isEqualTo(2);
                List<JsonNode> runs = renderingRuns(job);
                assertThat(runs).extracting(run -> run.path("outcome").asString())
                        .containsExactly("handed_back", "completed");
                assertThat(runs.get(0).path("worker").asString()).contains(":" + stopped.pid() + "/");
                assertThat(runs.get(1).path("worker").asString()).contains(":" + other.pid() + "/");
                Instant handedBack = Instant.parse(runs.get(0).path("endedAt").asString());
                Instant takenUp = Instant.parse(runs.get(1).path("claimedAt").asString());
                assertThat(Duration.between(handedBack, takenUp))
                        .as("taken up once the stopped worker left its group, not after its session timed out")
                        .isLessThan(SESSION_TIMEOUT);
                assertThat(stopped.output()).contains("render handed back").doesNotContain("rendered job " + id);
                assertThat(other.output()).containsOnlyOnce("rendered job " + id);
                Mp4Assertions.assertPlayableVideo(api.download(id, "video.mp4", data), 144, 256);
            }
        }
    }

    /** {@code reelforge worker media} joining the stack of {@link #data}, with a tiny frame so renders are quick. */
    private CliProcess mediaWorker(String log, Duration grace) throws Exception {
        return CliProcess.start(data.resolve(log), "joined", Map.of(
                "reelforge.kafka.partitions", "1",
                "reelforge.media.tts.engine", "marytts",
                "reelforge.media.format", "144x256",
                "reelforge.media.shutdown-grace", grace.toMillis() + "ms"),
                "worker", "media", "--data", data.toString());
    }

    /**
     * Waits until a media worker renders the job: it has claimed the render and reported progress in it (a video job's
     * progress passes {@value #RENDER_STAGE_START} only then). Returns the worker's name.
     */
    private static String awaitRenderingOnAWorker(Api api, String id) {
        JsonNode job = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.job(id), j -> "rendering".equals(j.path("status").asString())
                        && j.path("progress").asInt() > RENDER_STAGE_START);
        return job.path("history").get(job.path("history").size() - 1).path("worker").asString();
    }

    private static List<JsonNode> renderingRuns(JsonNode job) {
        return job.path("history").valueStream().filter(run -> run.path("stage").asString().equals("rendering"))
                .toList();
    }
}
