package io.reelforge.gateway.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.json.Json;
import io.reelforge.common.testing.S3MockServer;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an S3 store and {@code download=redirect}, a download is a 302 to a presigned URL of the object, given only
 * after the same checks as every job read: another tenant, or a job whose record has expired, gets a 404 and no URL.
 * The store is real: S3Mock, a process of its own.
 */
@EnabledIf(value = S3MockServer.RUNNING, disabledReason = S3MockServer.NOT_RUNNING)
class S3RedirectDownloadTest extends RunningGateway {

    private static final int LENGTH = 10_000;

    @Autowired
    ArtifactStore artifacts;

    private ApiClient owner;
    private byte[] video;

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        S3Downloads.register(registry, "redirect");
    }

    @BeforeEach
    void aVideo() {
        owner = newTenant();
        video = new byte[LENGTH];
        new Random(5).nextBytes(video);
    }

    @Test
    void aDownloadIsARedirectToAShortLivedUrlThatServesRanges() throws Exception {
        String id = owner.createJob();
        artifacts.write(id, "video.mp4", new ByteArrayInputStream(video));

        HttpResponse<String> redirect = owner.get(path(id, "video.mp4"));

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Cache-Control")).hasValue("no-store");
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(location.getQuery()).contains("X-Amz-Signature=", "X-Amz-Expires=900");
        HttpResponse<byte[]> range = fetch(location, "bytes=100-199");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(video, 100, 200));
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + LENGTH);
        assertThat(range.headers().firstValue("Content-Type")).hasValue("video/mp4");
    }

    @Test
    void anotherTenantGetsA404AndNoUrl() throws IOException {
        String id = owner.createJob();
        artifacts.write(id, "video.mp4", new ByteArrayInputStream(video));

        HttpResponse<String> response = newTenant().get(path(id, "video.mp4"));

        assertNotFound(response, "job_not_found");
    }

    @Test
    void aJobWhoseRecordHasExpiredGetsA404AndNoUrl() throws IOException {
        // its files are still in the bucket (the retention sweep has not run yet), its record is gone
        String expired = UUID.randomUUID().toString();
        artifacts.write(expired, "video.mp4", new ByteArrayInputStream(video));

        HttpResponse<String> response = owner.get(path(expired, "video.mp4"));

        assertNotFound(response, "job_not_found");
    }

    @Test
    void aFileTheJobDoesNotHaveIsA404AndNoUrl() {
        String id = owner.createJob();

        assertNotFound(owner.get(path(id, "video.mp4")), "artifact_not_found");
    }

    private static void assertNotFound(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(Json.mapper().readTree(response.body()).path("code").asString()).isEqualTo(code);
    }

    private static String path(String id, String name) {
        return "/api/v1/jobs/" + id + "/artifacts/" + name;
    }

    /** The client's second request: to the object store, without the API key. */
    private static HttpResponse<byte[]> fetch(URI location, String range) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(location).header("Range", range).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
