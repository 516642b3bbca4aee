package io.reelforge.gateway.idempotency;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.JobFilter;
import io.reelforge.common.job.JobStore;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import io.reelforge.gateway.api.VideoRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Idempotency-Key header on the routes that create jobs, against the real Redis shared by all instances. */
class IdempotencyTest extends RunningGateway {

    private static final String BODY = "{\"url\": \"http://127.0.0.1:1/products/aurora\", \"durationSeconds\": 20}";
    private static final String SAME_BODY_REORDERED =
            "{ \"durationSeconds\" : 20,\n  \"url\" : \"http://127.0.0.1:1/products/aurora\" }";

    @Autowired
    JobStore jobs;

    @Autowired
    IdempotencyStore store;

    @Test
    void theSameKeyAndBodyAnswersWithTheOriginalJobInsteadOfANewOne() {
        ApiClient client = newTenant();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = client.post("/api/v1/videos", BODY, "Idempotency-Key", key);
        HttpResponse<String> again = client.post("/api/v1/videos", SAME_BODY_REORDERED, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(json(again).path("id").asString()).isEqualTo(json(first).path("id").asString());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        ApiClient client = newTenant();
        String key = UUID.randomUUID().toString();
        client.post("/api/v1/videos", BODY, "Idempotency-Key", key);

        HttpResponse<String> other = client.post("/api/v1/videos",
                "{\"url\": \"http://127.0.0.1:1/products/other\"}", "Idempotency-Key", key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(json(other).path("code").asString()).isEqualTo("idempotency_key_reused");
    }

    @Test
    void theSameKeyAndBodyOnAnotherRouteIsAnotherRequest() {
        ApiClient client = newTenant();
        String key = UUID.randomUUID().toString();
        client.post("/api/v1/videos", "{\"url\": \"http://127.0.0.1:1/p\"}", "Idempotency-Key", key);

        HttpResponse<String> scrape = client.post("/api/v1/scrape-product-url", "{\"url\": \"http://127.0.0.1:1/p\"}",
                "Idempotency-Key", key);

        assertThat(scrape.statusCode()).isEqualTo(422);
    }

    @Test
    void aRepeatWhileTheFirstIsStillBeingHandledIsRefusedWith409() {
        ApiClient client = newTenant();
        String tenant = jobs.find(client.createJob()).orElseThrow().tenant();
        String key = UUID.randomUUID().toString();
        store.claim(tenant, key, RequestFingerprint.of("/api/v1/videos", new VideoRequest(
                "http://127.0.0.1:1/products/aurora", 20, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null)));

        HttpResponse<String> repeat = client.post("/api/v1/videos", BODY, "Idempotency-Key", key);

        assertThat(repeat.statusCode()).isEqualTo(409);
        assertThat(json(repeat).path("code").asString()).isEqualTo("idempotency_key_in_use");
        assertThat(repeat.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void keysAreScopedToTheTenant() {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> mine = newTenant().post("/api/v1/videos", BODY, "Idempotency-Key", key);
        HttpResponse<String> theirs = newTenant().post("/api/v1/videos", BODY, "Idempotency-Key", key);

        assertThat(theirs.statusCode()).isEqualTo(202);
        assertThat(json(theirs).path("id").asString()).isNotEqualTo(json(mine).path("id").asString());
    }

    @Test
    void fiftyConcurrentIdenticalPostsWithOneKeyCreateExactlyOneJob() throws Exception {
        ApiClient client = newTenant();
        String key = UUID.randomUUID().toString();
        int requests = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            posts.add(() -> {
                start.await();
                return client.post("/api/v1/videos", BODY, "Idempotency-Key", key);
            });
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
            List<Future<HttpResponse<String>>> futures = posts.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
        }

        assertThat(answers).extracting(HttpResponse::statusCode).allMatch(s -> s == 202 || s == 409);
        Set<String> ids = new java.util.HashSet<>();
        answers.stream().filter(a -> a.statusCode() == 202).forEach(a -> ids.add(json(a).path("id").asString()));
        assertThat(ids).hasSize(1);
        String tenant = jobs.find(ids.iterator().next()).orElseThrow().tenant();
        assertThat(jobs.list(tenant, JobFilter.ALL, 0, 1).total()).isEqualTo(1);
        // once the first has finished, a repeat gets the one job
        HttpResponse<String> later = client.post("/api/v1/videos", BODY, "Idempotency-Key", key);
        assertThat(json(later).path("id").asString()).isEqualTo(ids.iterator().next());
    }

    @Test
    void aKeyThatIsNotVisibleAsciiIsAValidationError() {
        HttpResponse<String> response = newTenant().post("/api/v1/videos", BODY, "Idempotency-Key", "x".repeat(256));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").path(0).path("field").asString()).isEqualTo("Idempotency-Key");
    }
}
