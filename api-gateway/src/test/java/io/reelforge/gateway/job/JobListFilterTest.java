package io.reelforge.gateway.job;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/jobs?state=&kind=} against Redis: the listing follows each job's state as it is saved. */
class JobListFilterTest extends RunningGateway {

    @Test
    void theListingShowsOnlyTheJobsInTheStateAndOfTheKindAsked() {
        ApiClient client = newTenant();
        String video = client.createJob();
        String canceled = client.createJob();
        String script = json(client.post("/api/v1/generate-script", "{\"keyword\": \"pour-over kettle\"}"))
                .path("id").asString();
        assertThat(client.delete("/api/v1/jobs/" + canceled).statusCode()).isEqualTo(200);

        assertThat(ids(client, "?state=canceled")).containsExactly(canceled);
        assertThat(ids(client, "?state=queued")).containsExactly(script, video);
        assertThat(ids(client, "?kind=video")).containsExactly(canceled, video);
        assertThat(ids(client, "?state=queued&kind=script")).containsExactly(script);
        JsonNode page = json(client.get("/api/v1/jobs?state=queued&size=1&page=1"));
        assertThat(page.path("items").path(0).path("id").asString()).isEqualTo(video);
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("totalPages").asLong()).isEqualTo(2);
    }

    @Test
    void anUnknownStateIsA400NamingIt() {
        var answer = newTenant().get("/api/v1/jobs?state=running");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("errors").path(0).path("field").asString()).isEqualTo("state");
    }

    private static List<String> ids(ApiClient client, String query) {
        return json(client.get("/api/v1/jobs" + query)).path("items").valueStream()
                .map(job -> job.path("id").asString()).toList();
    }
}
