package io.reelforge.gateway.webhook;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.standardwebhooks.Webhook;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.json.Json;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Opt-in {@code job.progress} webhooks: the job's progress is moved the way a worker moves it (through the
 * tracker, so its events go out on the shared broker), with the progress interval at two seconds.
 */
class ProgressWebhookTest extends WebhookGateway {

    private static final String PROGRESS = ", \"webhookEvents\": [\"job.progress\"]";
    private static final Duration INTERVAL = Duration.ofSeconds(2);

    @Autowired
    JobTracker tracker;

    @Test
    void aJobThatOptsInHearsItsProgressSignedThenItsEnd() throws Exception {
        ApiClient client = tenant();
        try (Receiver receiver = new Receiver()) {
            String id = jobWith(client, callback(receiver) + PROGRESS);

            Job scraping = claim(id);
            await().atMost(WAIT).until(() -> ofType(receiver, "job.progress").size() == 1);
            cancel(client, id);
            await().atMost(WAIT).until(() -> ofType(receiver, "job.canceled").size() == 1);

            Receiver.Request progress = ofType(receiver, "job.progress").getFirst();
            new Webhook(json(client.get("/api/v1/webhook")).path("secret").asString())
                    .verify(progress.body(), progress.verifierHeaders());
            JsonNode data = body(progress).path("data");
            assertThat(data.path("jobId").asString()).isEqualTo(id);
            assertThat(data.path("status").asString()).isEqualTo("scraping");
            assertThat(data.path("progress").asInt()).isEqualTo(scraping.progress());
            assertThat(data.path("links").path("job").asString()).isEqualTo("/api/v1/jobs/" + id);
            assertThat(progress.header("webhook-id"))
                    .isNotEqualTo(ofType(receiver, "job.canceled").getFirst().header("webhook-id"));
        }
    }

    @Test
    void progressGoesOutAtMostOnceAnIntervalAndOnlyWhenThePercentageMoved() throws Exception {
        ApiClient client = tenant();
        try (Receiver receiver = new Receiver()) {
            String id = jobWith(client, callback(receiver) + PROGRESS);
            Job first = claim(id);
            await().atMost(WAIT).until(() -> ofType(receiver, "job.progress").size() == 1);

            await().pollDelay(INTERVAL.plusMillis(200)).until(() -> true);
            progress(id, 0.0, "warming up"); // after the interval, but the percentage has not moved: not sent
            Job second = progress(id, 0.3, null); // after the interval and moved: sent
            progress(id, 0.6, null); // moved, but within the interval of the one before: not sent
            cancel(client, id);
            await().atMost(WAIT).until(() -> ofType(receiver, "job.canceled").size() == 1);

            assertThat(ofType(receiver, "job.progress")).extracting(r -> body(r).path("data").path("progress").asInt())
                    .containsExactly(first.progress(), second.progress());
        }
    }

    @Test
    void theFinalEventGoesOutAtOnceRightAfterAProgressEvent() throws Exception {
        ApiClient client = tenant();
        try (Receiver receiver = new Receiver()) {
            String id = jobWith(client, callback(receiver) + PROGRESS);
            claim(id);
            await().atMost(WAIT).until(() -> ofType(receiver, "job.progress").size() == 1);

            Instant canceled = Instant.now();
            cancel(client, id);

            // well inside the progress interval: the throttle is for progress only
            await().atMost(INTERVAL.minusMillis(500)).until(() -> ofType(receiver, "job.canceled").size() == 1);
            assertThat(Duration.between(canceled, ofType(receiver, "job.canceled").getFirst().at()))
                    .isLessThan(INTERVAL);
        }
    }

    @Test
    void aJobThatDoesNotOptInHearsOnlyItsEnd() throws Exception {
        ApiClient client = tenant();
        try (Receiver receiver = new Receiver()) {
            String id = jobWith(client, callback(receiver));
            claim(id);
            progress(id, 0.5, "halfway");
            cancel(client, id);

            await().atMost(WAIT).until(() -> receiver.requests().size() == 1);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> receiver.requests().size() == 1);
            assertThat(receiver.requests()).extracting(r -> body(r).path("type").asString())
                    .containsExactly("job.canceled");
        }
    }

    @Test
    void theTenantsDefaultOptsInItsJobsThatNameNoEvents() throws Exception {
        ApiClient client = tenant();
        try (Receiver receiver = new Receiver()) {
            var settings = client.put("/api/v1/webhook",
                    "{\"url\": \"" + receiver.url() + "\", \"events\": [\"job.progress\"]}");
            assertThat(settings.statusCode()).as(settings.body()).isEqualTo(200);
            assertThat(json(settings).path("events").path(0).asString()).isEqualTo("job.progress");
            String optedIn = jobWith(client, "");
            String optedOut = jobWith(client, ", \"webhookEvents\": []");

            claim(optedIn);
            claim(optedOut);
            await().atMost(WAIT).until(() -> ofType(receiver, "job.progress").size() == 1);
            cancel(client, optedOut);
            await().atMost(WAIT).until(() -> ofType(receiver, "job.canceled").size() == 1);

            assertThat(ofType(receiver, "job.progress")).singleElement()
                    .satisfies(r -> assertThat(body(r).path("data").path("jobId").asString()).isEqualTo(optedIn));
        }
    }

    private static String callback(Receiver receiver) {
        return ", \"callbackUrl\": \"" + receiver.url() + "\"";
    }

    /** What a worker does when it takes the job's first stage. */
    private Job claim(String id) {
        return tracker.update(id, job -> job.claim(JobStatus.SCRAPING, "test-worker", job.attempt(), Instant.now())).job();
    }

    private Job progress(String id, double fraction, String detail) {
        return tracker.update(id, job -> job.stageProgress(fraction, detail, Instant.now())).job();
    }

    private static List<Receiver.Request> ofType(Receiver receiver, String type) {
        return receiver.requests().stream().filter(r -> body(r).path("type").asString().equals(type)).toList();
    }

    private static JsonNode body(Receiver.Request request) {
        return Json.mapper().readTree(request.body());
    }
}
