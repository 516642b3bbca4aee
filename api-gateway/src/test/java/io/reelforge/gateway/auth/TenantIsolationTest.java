package io.reelforge.gateway.auth;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every route that takes a job id, called by another tenant with the id of a job that exists: the answer is the
 * same 404 as for an id that exists nowhere, no data of the job leaks, and the job is left as it was. The same
 * call by the owner succeeds, so each row tests a route that really reaches the job.
 */
class TenantIsolationTest extends RunningGateway {

    @Autowired
    JobStore jobs;

    @Autowired
    ArtifactStore artifacts;

    /** A route that reads or changes a job, as (client, job id) -> answer. */
    record Route(String name, int ownerStatus, BiFunction<ApiClient, String, HttpResponse<String>> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> routesTakingAJobId() {
        return Stream.of(
                new Route("GET /jobs/{id}", 200, (c, id) -> c.get("/api/v1/jobs/" + id)),
                new Route("DELETE /jobs/{id}", 409, (c, id) -> c.delete("/api/v1/jobs/" + id)),
                new Route("POST /jobs/{id}/retry", 202, (c, id) -> c.post("/api/v1/jobs/" + id + "/retry", "")),
                new Route("GET /jobs/{id}/artifacts/video.mp4", 200,
                        (c, id) -> c.get("/api/v1/jobs/" + id + "/artifacts/video.mp4")),
                new Route("GET /jobs/{id}/events", 200, (c, id) -> c.get("/api/v1/jobs/" + id + "/events")),
                new Route("GET /jobs/{id}/deliveries", 200, (c, id) -> c.get("/api/v1/jobs/" + id + "/deliveries")),
                // the owner's job has no such delivery, so the owner gets delivery-not-found: the job was reached
                new Route("POST /jobs/{id}/deliveries/{deliveryId}/replay", 404,
                        (c, id) -> c.post("/api/v1/jobs/" + id + "/deliveries/msg_unknown/replay", "")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routesTakingAJobId")
    void anotherTenantsJobAnswersExactlyLikeAnUnknownId(Route route) throws Exception {
        ApiClient owner = newTenant();
        ApiClient other = newTenant();
        String id = failedJobWithAVideo(owner);
        Job before = jobs.find(id).orElseThrow();

        HttpResponse<String> foreign = route.call().apply(other, id);
        HttpResponse<String> unknown = route.call().apply(other, UUID.randomUUID().toString());

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(json(foreign).path("code").asString()).isEqualTo("job_not_found");
        assertThat(withoutInstance(foreign)).isEqualTo(withoutInstance(unknown));
        assertThat(foreign.body()).doesNotContain("aurora", "rendering", "failed");
        assertThat(jobs.find(id)).contains(before);
        assertThat(route.call().apply(owner, id).statusCode()).isEqualTo(route.ownerStatus());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routesTakingAJobId")
    void aRequestWithoutAKeyNeverReachesTheJob(Route route) throws Exception {
        String id = failedJobWithAVideo(newTenant());
        Job before = jobs.find(id).orElseThrow();

        assertThat(route.call().apply(anonymous(), id).statusCode()).isEqualTo(401);
        assertThat(jobs.find(id)).contains(before);
    }

    @org.junit.jupiter.api.Test
    void theJobListShowsOnlyTheCallersJobs() {
        ApiClient owner = newTenant();
        ApiClient other = newTenant();
        String own = owner.createJob();
        String foreign = other.createJob();

        JsonNode page = json(owner.get("/api/v1/jobs?size=100"));

        assertThat(page.path("items").valueStream().map(j -> j.path("id").asString())).containsExactly(own);
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.toString()).doesNotContain(foreign);
    }

    private String failedJobWithAVideo(ApiClient owner) throws Exception {
        String id = owner.createJob();
        artifacts.write(id, "video.mp4", new ByteArrayInputStream(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'}));
        Instant now = Instant.now();
        jobs.update(id, job -> job.startStage(JobStatus.SCRAPING, 1, now).fail(
                new JobError(ErrorCode.FETCH_FAILED, "The page could not be fetched.", JobStatus.SCRAPING, 1, now), now));
        return id;
    }

    private static JsonNode withoutInstance(HttpResponse<String> response) {
        var node = (tools.jackson.databind.node.ObjectNode) json(response);
        node.remove("instance");
        return node;
    }
}
