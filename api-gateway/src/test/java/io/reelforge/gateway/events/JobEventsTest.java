package io.reelforge.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.job.JobStatus;
import io.reelforge.common.json.Json;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Live job events over SSE, fed from the job events topic of the shared broker. The job is moved along by the real
 * {@link JobTracker}, exactly as workers move it (saved in Redis, announced on Kafka).
 */
class JobEventsTest extends RunningGateway {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    JobTracker tracker;

    @Autowired
    JobEventFeed feed;

    @BeforeEach
    void feedIsReading() throws InterruptedException {
        assertThat(feed.awaitAssigned(WAIT)).isTrue();
    }

    @Test
    void aQuietStreamSendsKeepAliveCommentsBetweenEvents() throws Exception {
        ApiClient client = newTenant();
        String id = client.createJob();

        try (SseReader stream = SseReader.open(client, "/api/v1/jobs/" + id + "/events")) {
            assertThat(stream.next(WAIT).id()).isEqualTo("0");
            // the job stays queued (no worker runs here): only keep-alives, every 300 ms in these tests
            await().atMost(WAIT).until(() -> stream.comments().size() >= 3);
            runToSuccess(id);
            List<SseReader.Event> rest = stream.untilEnd(WAIT);

            assertThat(stream.comments()).containsOnly(": keep-alive");
            assertThat(rest).extracting(SseReader.Event::id).startsWith("1").endsWith("6");
        }
    }

    @Test
    void eventsArriveInOrderAndTheStreamEndsWithTheFinalState() throws Exception {
        ApiClient client = newTenant();
        String id = client.createJob();
        List<SseReader.Event> events = new ArrayList<>();

        try (SseReader stream = SseReader.open(client, "/api/v1/jobs/" + id + "/events")) {
            assertThat(stream.status()).isEqualTo(200);
            events.add(stream.next(WAIT));
            runToSuccess(id);
            events.addAll(stream.untilEnd(WAIT));
        }

        assertThat(events).extracting(SseReader.Event::id).containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(events).extracting(e -> data(e).path("status").asString()).containsExactly(
                "queued", "scraping", "scraping", "scripting", "rendering", "rendering", "succeeded");
        assertThat(events).extracting(SseReader.Event::name).containsExactly(
                "status", "status", "progress", "status", "status", "progress", "status");
        assertThat(data(events.get(2)).path("progress").asInt()).isPositive();
        assertThat(data(events.get(5)).path("progressDetail").asString()).isEqualTo("rendering 450/900 frames");
        assertThat(data(events.getLast()).path("progress").asInt()).isEqualTo(100);
    }

    @Test
    void aReconnectWithLastEventIdMissesNothing() throws Exception {
        ApiClient client = newTenant();
        String id = client.createJob();
        List<String> seen = new ArrayList<>();
        try (SseReader stream = SseReader.open(client, "/api/v1/jobs/" + id + "/events")) {
            seen.add(stream.next(WAIT).id());
            tracker.update(id, j -> j.startStage(JobStatus.SCRAPING, 1, Instant.now()));
            seen.add(stream.next(WAIT).id());
        }
        // while the client is away, the job moves on
        tracker.update(id, j -> j.stageProgress(0.5, Instant.now()));
        tracker.update(id, j -> j.startStage(JobStatus.SCRIPTING, 1, Instant.now()));
        tracker.update(id, j -> j.startStage(JobStatus.RENDERING, 1, Instant.now()));

        try (SseReader stream = SseReader.open(client, "/api/v1/jobs/" + id + "/events",
                "Last-Event-ID", seen.getLast())) {
            for (int i = 0; i < 3; i++) {
                seen.add(stream.next(WAIT).id());
            }
            tracker.update(id, j -> j.succeed(Instant.now()));
            stream.untilEnd(WAIT).forEach(e -> seen.add(e.id()));
        }

        assertThat(seen).containsExactly("0", "1", "2", "3", "4", "5");
    }

    @Test
    void theStreamOfAFinishedJobSendsItsFinalStateAndEnds() throws Exception {
        ApiClient client = newTenant();
        String id = client.createJob();
        client.delete("/api/v1/jobs/" + id);

        try (SseReader stream = SseReader.open(client, "/api/v1/jobs/" + id + "/events")) {
            List<SseReader.Event> events = stream.untilEnd(WAIT);
            assertThat(events).extracting(e -> data(e).path("status").asString()).containsExactly("canceled");
        }
    }

    @Test
    void aReconnectAfterTheLastEventIs204SoClientsStopReconnecting() {
        ApiClient client = newTenant();
        String id = client.createJob();
        runToSuccess(id);

        HttpResponse<String> response = client.get("/api/v1/jobs/" + id + "/events", "Accept", "text/event-stream",
                "Last-Event-ID", "6");

        // EventSource reconnects after any 200 that ends, even an empty one; a 204 is what makes it stop
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aReconnectBeforeTheLastEventOfAFinishedJobGetsTheRestThenEnds() throws Exception {
        ApiClient client = newTenant();
        String id = client.createJob();
        runToSuccess(id);

        try (SseReader stream = SseReader.open(client, "/api/v1/jobs/" + id + "/events", "Last-Event-ID", "4")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.untilEnd(WAIT)).extracting(SseReader.Event::id).containsExactly("5", "6");
        }
    }

    private void runToSuccess(String id) {
        // each worker enters and claims its stage in one save, as a worker does when it is the first to get there
        tracker.update(id, j -> j.claim(JobStatus.SCRAPING, "scraper", 1, Instant.now()));
        tracker.update(id, j -> j.stageProgress(0.5, Instant.now()));
        tracker.update(id, j -> j.claim(JobStatus.SCRIPTING, "writer", 1, Instant.now()));
        tracker.update(id, j -> j.claim(JobStatus.RENDERING, "media", 1, Instant.now()));
        tracker.update(id, j -> j.stageProgress(0.5, "rendering 450/900 frames", Instant.now()));
        tracker.update(id, j -> j.succeed(Instant.now()));
    }

    private static JsonNode data(SseReader.Event event) {
        return Json.mapper().readTree(event.data());
    }
}
