package io.reelforge.gateway.artifact;

import io.reelforge.common.testing.S3MockServer;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an S3 store and {@code download=stream}, the gateway serves the object itself exactly as it serves a file
 * (every test of {@link ArtifactRangeTest}): Range, multipart ranges, 416, ETag and 304. The store is real: S3Mock.
 */
@EnabledIf(value = S3MockServer.RUNNING, disabledReason = S3MockServer.NOT_RUNNING)
class S3StreamDownloadTest extends ArtifactRangeTest {

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        S3Downloads.register(registry, "stream");
    }
}
