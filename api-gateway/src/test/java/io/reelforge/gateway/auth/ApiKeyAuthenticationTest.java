package io.reelforge.gateway.auth;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.JobFilter;
import io.reelforge.common.job.JobStore;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** Keys name tenants; without a valid key nothing happens; keys are managed through the admin API. */
class ApiKeyAuthenticationTest extends RunningGateway {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JobStore jobs;

    @Test
    void aRequestWithoutAKeyIsRefusedWithABearerChallengeAndCreatesNothing() {
        long before = jobs.list(Tenants.DEFAULT, JobFilter.ALL, 0, 1).total();

        HttpResponse<String> response = anonymous().post("/api/v1/videos", ApiClient.VIDEO_BODY);

        assertUnauthorized(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"reelforge\"");
        assertThat(jobs.list(Tenants.DEFAULT, JobFilter.ALL, 0, 1).total()).isEqualTo(before);
    }

    @Test
    void anUnknownKeyIsRefusedAsAnInvalidToken() {
        HttpResponse<String> response = client(ApiKeySecrets.newKey()).get("/api/v1/jobs");

        assertUnauthorized(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("error=\"invalid_token\""));
    }

    @Test
    void aValidKeyActsForItsTenant() {
        ApiClient client = newTenant();
        String id = client.createJob();

        assertThat(client.get("/api/v1/jobs/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminApiCreatesAKeyThatWorksListsItWithoutTheSecretAndRevokesIt() {
        HttpResponse<String> created = admin().post("/api/v1/admin/keys", "{\"tenant\": \"acme\", \"name\": \"shop\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode key = json(created);
        String secret = key.path("key").asString();
        assertThat(secret).startsWith("rk_").matches("rk_[A-Za-z0-9_-]{43}");
        assertThat(key.path("tenant").asString()).isEqualTo("acme");
        assertThat(secret).startsWith(key.path("prefix").asString());
        assertThat(client(secret).get("/api/v1/jobs").statusCode()).isEqualTo(200);

        HttpResponse<String> listed = admin().get("/api/v1/admin/keys");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(secret).contains(key.path("id").asString());

        String path = "/api/v1/admin/keys/" + key.path("id").asString();
        assertThat(admin().delete(path).statusCode()).isEqualTo(204);
        assertUnauthorized(client(secret).get("/api/v1/jobs"));
        assertThat(admin().delete(path).statusCode()).isEqualTo(404);
    }

    @Test
    void keysAreStoredOnlyAsHashes() {
        String secret = keys.create("hashed", null).secret();

        for (String name : redis.keys("reelforge:apikey*")) {
            String value = "hash".equals(redis.type(name).code()) ? redis.opsForHash().entries(name).toString()
                    : redis.opsForValue().get(name);
            assertThat(name + value).doesNotContain(secret);
        }
        assertThat(redis.hasKey("reelforge:apikey:" + ApiKeySecrets.hash(secret))).isTrue();
    }

    @Test
    void theAdminApiRefusesTenantKeysAndRequestsWithoutAKey() {
        assertUnauthorized(newTenant().get("/api/v1/admin/keys"));
        assertUnauthorized(anonymous().get("/api/v1/admin/keys"));
        assertUnauthorized(anonymous().post("/api/v1/admin/keys", "{\"tenant\": \"acme\"}"));
    }

    @Test
    void anInvalidTenantNameIsAValidationError() {
        HttpResponse<String> response = admin().post("/api/v1/admin/keys", "{\"tenant\": \"Not A Tenant!\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").path(0).path("field").asString()).isEqualTo("tenant");
    }

    @Test
    void documentationAndHealthNeedNoKey() {
        assertThat(anonymous().get("/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("code").asString()).isEqualTo("unauthorized");
    }
}
