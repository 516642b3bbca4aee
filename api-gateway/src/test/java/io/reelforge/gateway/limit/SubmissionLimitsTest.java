package io.reelforge.gateway.limit;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.GatewayApplication;
import io.reelforge.gateway.auth.ApiKeyStore;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Per-tenant limits on job creation, with limits small enough to reach: a cap of 3 unfinished jobs, a burst of 5. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=api-gateway", "spring.application.name=api-gateway",
                "reelforge.gateway.limits.max-queued-jobs=3", "reelforge.gateway.limits.burst=5",
                "reelforge.gateway.limits.jobs-per-minute=1", "reelforge.gateway.webhooks.enabled=false"})
class SubmissionLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyStore keys;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
    }

    @Test
    void aTenantWithTooManyUnfinishedJobsIsRefusedUntilOneFinishes() {
        ApiClient client = tenant();
        String first = client.createJob();
        client.createJob();
        client.createJob();

        HttpResponse<String> refused = client.post("/api/v1/videos", ApiClient.VIDEO_BODY);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).path("code").asString()).isEqualTo("queue_full");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();

        client.delete("/api/v1/jobs/" + first);
        assertThat(client.post("/api/v1/videos", ApiClient.VIDEO_BODY).statusCode()).isEqualTo(202);
    }

    @Test
    void aTenantThatCreatesJobsFasterThanItsRateIsToldWhenToComeBack() {
        ApiClient client = tenant();
        for (int i = 0; i < 5; i++) {
            client.delete("/api/v1/jobs/" + client.createJob()); // stay under the cap: only the rate counts here
        }

        HttpResponse<String> refused = client.post("/api/v1/videos", ApiClient.VIDEO_BODY);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).path("code").asString()).isEqualTo("rate_limited");
        // one job a minute: the next token is most of a minute away
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(50L, 60L));
    }

    @Test
    void oneTenantsFloodDoesNotStopAnother() {
        ApiClient flooding = tenant();
        for (int i = 0; i < 3; i++) {
            flooding.createJob();
        }
        assertThat(flooding.post("/api/v1/videos", ApiClient.VIDEO_BODY).statusCode()).isEqualTo(429);

        assertThat(tenant().post("/api/v1/videos", ApiClient.VIDEO_BODY).statusCode()).isEqualTo(202);
    }

    private ApiClient tenant() {
        return new ApiClient(port, keys.create("limits-" + UUID.randomUUID().toString().substring(0, 8), null).secret());
    }
}
