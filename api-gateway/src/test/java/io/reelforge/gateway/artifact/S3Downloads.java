package io.reelforge.gateway.artifact;

import io.reelforge.common.testing.S3MockServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a gateway test context at the shared S3Mock server's bucket, under a prefix of its own. */
final class S3Downloads {

    private S3Downloads() {
    }

    static void register(DynamicPropertyRegistry registry, String download) {
        registry.add("reelforge.artifacts.store", () -> "s3");
        registry.add("reelforge.artifacts.s3.bucket", () -> S3MockServer.BUCKET);
        registry.add("reelforge.artifacts.s3.prefix", () -> "gateway-" + download + "/");
        registry.add("reelforge.artifacts.s3.endpoint", () -> S3MockServer.endpoint().toString());
        registry.add("reelforge.artifacts.s3.path-style", () -> "true");
        registry.add("reelforge.artifacts.download", () -> download);
    }
}
