package io.reelforge.gateway.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.json.Json;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Downloads through the gateway, here from the filesystem store ({@link S3StreamDownloadTest} runs them against S3):
 * the whole file, one range or several, and ranges it cannot serve, which are a 416 problem that gives the file's
 * length, never the file itself.
 */
class ArtifactRangeTest extends RunningGateway {

    private static final int LENGTH = 10_000;

    @Autowired
    ArtifactStore artifacts;

    private ApiClient client;
    private String path;
    private byte[] video;

    @BeforeEach
    void storeAVideo() throws IOException {
        client = newTenant();
        String id = client.createJob();
        video = new byte[LENGTH];
        new Random(11).nextBytes(video);
        artifacts.write(id, "video.mp4", new ByteArrayInputStream(video));
        path = "/api/v1/jobs/" + id + "/artifacts/video.mp4";
    }

    @Test
    void theWholeFileAndAnyRangeOfItComeWithTheirLengthAndValidators() {
        HttpResponse<byte[]> whole = download();
        HttpResponse<byte[]> middle = download("Range", "bytes=4000-4099");
        HttpResponse<byte[]> tail = download("Range", "bytes=-10");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(video);
        assertThat(whole.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).startsWith("\""));
        assertThat(whole.headers().firstValue("Last-Modified")).isPresent();
        assertThat(whole.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"video.mp4\"");
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(video, 4000, 4100));
        assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 4000-4099/" + LENGTH);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(video, LENGTH - 10, LENGTH));
    }

    @Test
    void twoRangesComeAsPartsWithTheirBytes() {
        HttpResponse<byte[]> response = download("Range", "bytes=0-9,9000-9009");

        String body = new String(response.body(), StandardCharsets.ISO_8859_1);
        assertThat(body).contains("Content-Range: bytes 0-9/" + LENGTH, "Content-Range: bytes 9000-9009/" + LENGTH)
                .contains(new String(Arrays.copyOfRange(video, 9000, 9010), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aRangePastTheEndIsA416ProblemWithTheLengthAndNotTheFile() {
        HttpResponse<byte[]> response = download("Range", "bytes=20000-30000");

        assertUnsatisfiable(response);
    }

    @Test
    void aThousandRangesAreA416Problem() {
        String ranges = IntStream.range(0, 1000).mapToObj(i -> i + "-" + i).collect(Collectors.joining(","));

        assertUnsatisfiable(download("Range", "bytes=" + ranges));
    }

    @Test
    void aMalformedRangeIsA416Problem() {
        assertUnsatisfiable(download("Range", "bytes=zz"));
    }

    @Test
    void twoSatisfiableRangesStillComeAsParts() {
        HttpResponse<byte[]> response = download("Range", "bytes=0-9,100-109");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("multipart/byteranges"));
    }

    @Test
    void anUnchangedFileIs304WhateverTheRange() {
        String etag = download().headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> response = download("If-None-Match", etag, "Range", "bytes=20000-30000");

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    private void assertUnsatisfiable(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + LENGTH);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body().length).isLessThan(LENGTH);
        JsonNode problem = Json.mapper().readTree(response.body());
        assertThat(problem.path("code").asString()).isEqualTo("range_not_satisfiable");
        assertThat(problem.path("detail").asString()).contains(String.valueOf(LENGTH));
    }

    private HttpResponse<byte[]> download(String... headers) {
        return client.send(client.request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
