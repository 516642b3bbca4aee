package io.reelforge.gateway.auth;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.RunningGateway;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/me}: a page handed a key checks it, and learns whose it is. */
class MeTest extends RunningGateway {

    @Test
    void aTenantsKeyNamesItsTenantIdAndName() {
        ApiKeyStore.CreatedKey created = keys.create("t-me-" + System.nanoTime(), "shop console");

        HttpResponse<String> answer = client(created.secret()).get("/api/v1/me");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode me = json(answer);
        assertThat(me.path("tenant").asString()).isEqualTo(created.key().tenant());
        assertThat(me.path("keyId").asString()).isEqualTo(created.key().id());
        assertThat(me.path("keyName").asString()).isEqualTo("shop console");
        assertThat(me.path("admin").asBoolean()).isFalse();
    }

    @Test
    void theAdminKeyIsSaidToBeTheAdminKeyOfNoTenant() {
        JsonNode me = json(admin().get("/api/v1/me"));

        assertThat(me.path("admin").asBoolean()).isTrue();
        assertThat(me.path("tenant").isNull()).isTrue();
    }

    @Test
    void anUnknownOrRevokedKeyOrNoneIsA401Problem() {
        ApiKeyStore.CreatedKey revoked = keys.create("t-me-" + System.nanoTime(), null);
        keys.revoke(revoked.key().id());

        for (HttpResponse<String> answer : java.util.List.of(client(revoked.secret()).get("/api/v1/me"),
                client("rk_" + "x".repeat(43)).get("/api/v1/me"), anonymous().get("/api/v1/me"))) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("WWW-Authenticate")).isPresent();
        }
    }

    @Test
    void theAdminKeyStillSeesNoTenantsJobs() {
        assertThat(admin().get("/api/v1/jobs").statusCode()).isEqualTo(401);
    }
}
