package io.reelforge.common.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.testing.S3MockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The S3 store against a real S3-compatible server (S3Mock, started once per test JVM as its own process). */
class S3ArtifactStoreTest extends ArtifactStoreContract {

    private static ReelforgeProperties.S3 settings;
    private static S3ArtifactStore store;

    /** Each test, so that without a server every test is reported skipped, with the reason. */
    @BeforeEach
    void connect() {
        if (store == null) {
            settings = S3MockServer.settings();
            store = S3ArtifactStore.connect(settings, S3MockServer.credentials());
        }
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected ArtifactStore store() {
        return store;
    }

    @Test
    void aPresignedUrlServesARangeWithTheArtifactsTypeAndName() throws Exception {
        String job = newJobId();
        store.write(job, "video.mp4", bytes("0123456789"));
        URI url = store.find(job, "video.mp4").orElseThrow().presignedUrl().orElseThrow();

        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(HttpRequest.newBuilder(url).header("Range", "bytes=2-5").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo("2345");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"video.mp4\"");
    }

    @Test
    void aPresignedUrlLastsThePresignTtl() throws IOException {
        String job = newJobId();
        store.write(job, "thumbnail.jpg", bytes("jpeg"));

        URI url = store.find(job, "thumbnail.jpg").orElseThrow().presignedUrl().orElseThrow();

        assertThat(url.getQuery()).contains("X-Amz-Expires=" + settings.presignTtl().toSeconds());
        assertThat(url.getPath()).endsWith("/" + S3MockServer.BUCKET + "/" + settings.prefix() + job + "/thumbnail.jpg");
    }

    @Test
    void aStoreThatFailsSaysWhichObjectButNotTheCredentials() {
        var missing = new ReelforgeProperties.S3("no-such-bucket", "artifacts/", S3MockServer.endpoint(), true,
                "us-east-1", Duration.ofMinutes(15));
        try (S3ArtifactStore broken = S3ArtifactStore.connect(missing, S3MockServer.credentials())) {
            assertThatThrownBy(() -> broken.write("job-1", "video.mp4", bytes("frames")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("PUT s3://no-such-bucket/artifacts/job-1/video.mp4 failed")
                    .hasMessageNotContaining(S3MockServer.SECRET_KEY)
                    .hasMessageNotContaining(S3MockServer.ACCESS_KEY);
        }
    }
}
