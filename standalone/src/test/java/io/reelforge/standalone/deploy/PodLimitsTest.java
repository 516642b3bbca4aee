package io.reelforge.standalone.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.reelforge.media.MediaProperties;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * What a pod may use and how long it may take to stop, against what the services need: a JVM whose heap the
 * memory limit leaves room beside, and media workers that are not killed before their render's shutdown grace ends.
 */
class PodLimitsTest {

    static Stream<Manifests> manifests() {
        return ManifestSources.all();
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void everyHeapIsBoundedWellBelowItsContainersMemoryLimit(Manifests manifests) {
        Pattern heap = Pattern.compile("-Xmx(\\d+)m");
        for (Workload workload : manifests.workloads()) {
            String options = workload.environment(manifests, workload.name() + "-0").get("JAVA_TOOL_OPTIONS");
            Matcher xmx = heap.matcher(Objects.requireNonNullElse(options, ""));
            assertThat(xmx.find()).as("%s sets its heap (the image's default is a share of the limit)", workload.name())
                    .isTrue();
            long heapBytes = Long.parseLong(xmx.group(1)) << 20;
            var resources = workload.container().getResources();
            long limit = Quantity.getAmountInBytes(resources.getLimits().get("memory")).longValue();
            long request = Quantity.getAmountInBytes(resources.getRequests().get("memory")).longValue();
            assertThat(request).isLessThanOrEqualTo(limit);
            // metaspace, code, threads, Netty's buffers and (media) the encoder's frames live beside the heap
            assertThat(heapBytes).as("%s's heap against its memory limit", workload.name()).isLessThanOrEqualTo(limit / 2);
        }
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void mediaWorkersOutlastTheirShutdownGrace(Manifests manifests) {
        Workload media = manifests.workload("media-worker");
        ConfigurableEnvironment settings = media.settings(manifests, "media-worker-0");
        assertThat(ServiceSettings.bindsTo("REELFORGE_MEDIA_SHUTDOWNGRACE", MediaProperties.class)).isTrue();
        // set beside terminationGracePeriodSeconds, not left to the default: the two are chosen together
        Duration grace = Binder.get(settings).bind("reelforge.media.shutdown-grace", Duration.class)
                .orElseThrow(() -> new AssertionError("REELFORGE_MEDIA_SHUTDOWNGRACE is not set for the media workers"));
        long terminationGrace = media.template().getSpec().getTerminationGracePeriodSeconds();
        // after the grace the render is handed back and the consumers and clients close: give that 10 s
        assertThat(Duration.ofSeconds(terminationGrace)).isGreaterThanOrEqualTo(grace.plusSeconds(10));
    }
}
