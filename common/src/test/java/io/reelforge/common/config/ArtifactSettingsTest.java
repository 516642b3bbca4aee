package io.reelforge.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code reelforge.artifacts.*}: the filesystem store by default, and an S3 setting that cannot work stops the start. */
class ArtifactSettingsTest {

    private final ApplicationContextRunner properties = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void byDefaultArtifactsAreFilesAndS3DownloadsWouldRedirect() {
        properties.run(context -> {
            ReelforgeProperties.Artifacts artifacts = context.getBean(ReelforgeProperties.class).artifacts();
            assertThat(artifacts.store()).isEqualTo(ReelforgeProperties.StoreKind.FILESYSTEM);
            assertThat(artifacts.root()).isEqualTo(Path.of("data/artifacts"));
            assertThat(artifacts.download()).isEqualTo(ReelforgeProperties.Download.REDIRECT);
            assertThat(artifacts.sweepInterval()).isEqualTo(Duration.ofHours(1));
            assertThat(artifacts.s3().prefix()).isEqualTo("artifacts/");
            assertThat(artifacts.s3().region()).isEqualTo("us-east-1");
            assertThat(artifacts.s3().pathStyle()).isFalse();
            assertThat(artifacts.s3().presignTtl()).isEqualTo(Duration.ofMinutes(15));
        });
    }

    @Test
    void anS3StoreBindsItsBucketEndpointAndAddressing() {
        properties.withPropertyValues("reelforge.artifacts.store=s3", "reelforge.artifacts.s3.bucket=videos",
                "reelforge.artifacts.s3.endpoint=http://minio:9000", "reelforge.artifacts.s3.path-style=true",
                "reelforge.artifacts.download=stream").run(context -> {
                    ReelforgeProperties.Artifacts artifacts = context.getBean(ReelforgeProperties.class).artifacts();
                    assertThat(artifacts.store()).isEqualTo(ReelforgeProperties.StoreKind.S3);
                    assertThat(artifacts.s3().bucket()).isEqualTo("videos");
                    assertThat(artifacts.s3().endpoint()).isEqualTo(URI.create("http://minio:9000"));
                    assertThat(artifacts.s3().pathStyle()).isTrue();
                    assertThat(artifacts.download()).isEqualTo(ReelforgeProperties.Download.STREAM);
                });
    }

    @Test
    void anS3StoreWithoutABucketStopsTheStartNamingTheSetting() {
        properties.withPropertyValues("reelforge.artifacts.store=s3").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("reelforge.artifacts.s3.bucket"));
    }

    @Test
    void aPrefixThatDoesNotEndInASlashStopsTheStart() {
        properties.withPropertyValues("reelforge.artifacts.s3.prefix=artifacts").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("reelforge.artifacts.s3.prefix")
                        .hasMessageContaining("must be empty or a path ending in /"));
    }

    @Test
    void aPresignedUrlCannotOutliveSevenDays() {
        properties.withPropertyValues("reelforge.artifacts.s3.presign-ttl=8d").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("presign-ttl"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReelforgeProperties.class)
    static class PropertiesOnly {
    }
}
