package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.infra.OwnerLock;
import io.reelforge.standalone.stack.JoinedService;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import io.reelforge.standalone.stack.StackSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A stack restarted over its data folder while a worker runs on its own: the stack comes back on the Kafka and Redis
 * addresses it had, and the worker, which was given only those addresses, reconnects to both by itself and takes
 * the next job within 10 s. The worker is given no allowed hosts of its own: the stack's let it fetch the loopback
 * store.
 */
class StackRestartTest {

    private static final List<String> STACK_ARGS = List.of("--reelforge.fetch.allowed-hosts=127.0.0.1");
    private static final Set<Service> ONLY_THE_GATEWAY = Set.of(Service.SCRAPER, Service.SCRIPT, Service.MEDIA);

    @TempDir
    Path data;

    @Test
    void aRestartedStackKeepsItsAddressesAndAWorkerRunningOnItsOwnCarriesOn() throws Exception {
        try (SampleStore store = SampleStore.start(0)) {
            StackSettings before;
            JoinedService scraper;
            try (LocalStack stack = LocalStack.start(data, 0, STACK_ARGS, null, ONLY_THE_GATEWAY)) {
                before = stack.settings();
                scraper = LocalStack.join(Service.SCRAPER, before, data, List.of());
                assertSucceeds(Api.withNewKey(stack), store, Duration.ofSeconds(60));
                assertThatThrownBy(() -> LocalStack.start(data, 0, STACK_ARGS, null, ONLY_THE_GATEWAY))
                        .isInstanceOf(OwnerLock.AlreadyRunningException.class)
                        .hasMessageContaining("a Reelforge stack on " + data.toAbsolutePath() + " already runs");
            }
            try (scraper; LocalStack again = LocalStack.start(data, 0, STACK_ARGS, null, ONLY_THE_GATEWAY)) {
                assertThat(again.settings().kafkaBootstrapServers()).isEqualTo(before.kafkaBootstrapServers());
                assertThat(again.settings().redisUrl()).isEqualTo(before.redisUrl());

                assertSucceeds(Api.withNewKey(again), store, Duration.ofSeconds(10));
            }
        }
    }

    private static void assertSucceeds(Api api, SampleStore store, Duration within) throws Exception {
        String id = api.submit("/api/v1/scrape-product-url", "{\"url\": \"" + store.productUrl() + "\"}");
        JsonNode job = api.awaitFinal(id, within);
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
    }
}
