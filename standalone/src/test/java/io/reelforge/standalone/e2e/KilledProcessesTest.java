package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.infra.LocalRedis;
import io.reelforge.standalone.infra.OwnerLock;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code kill -9} of real processes of the command line: nothing they started outlives them, and what restarts in
 * their place is back at work at once.
 */
@EnabledOnOs(OS.LINUX) // the parent-death signal (setpriv) and /proc are Linux's
class KilledProcessesTest {

    @TempDir
    Path data;

    @Test
    void aRedisServerDiesWithTheProcessThatStartedItEvenOnKill9() throws Exception {
        long redis;
        try (CliProcess infra = CliProcess.start(data.resolve("infra.log"), "Redis: ", "infra", "redis", "--data",
                data.toString())) {
            redis = Long.parseLong(Files.readString(data.resolve("redis/redis.pid")).strip());
            assertThatThrownBy(() -> LocalRedis.start(data.resolve("redis")))
                    .isInstanceOf(OwnerLock.AlreadyRunningException.class)
                    .hasMessageContaining("already runs in process " + infra.pid());

            infra.kill();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> !running(redis));
        try (LocalRedis again = LocalRedis.start(data.resolve("redis"))) {
            assertThat(again.pid()).isNotEqualTo(redis);
        }
    }

    @Test
    void aWorkerKilledAndRestartedHasItsPartitionsBackWithin10Seconds() throws Exception {
        List<String> args = List.of("--reelforge.fetch.allowed-hosts=127.0.0.1");
        Set<Service> onlyTheGateway = Set.of(Service.SCRAPER, Service.SCRIPT, Service.MEDIA);
        try (SampleStore store = SampleStore.start(0); LocalStack stack = LocalStack.start(data, 0, args, null, onlyTheGateway)) {
            stack.settings().writeTo(data);
            Api api = Api.withNewKey(stack);
            String[] worker = {"worker", "scraper", "--data", data.toString()};
            try (CliProcess scraper = CliProcess.start(data.resolve("scraper-1.log"), "joined", worker)) {
                assertSucceeds(api, store, Duration.ofSeconds(60));
                scraper.kill();
            }
            // the dead scraper's partitions stay with it until the broker gives up on it, unless its successor
            // comes back under its name
            try (CliProcess scraper = CliProcess.start(data.resolve("scraper-2.log"), "joined", worker)) {
                assertSucceeds(api, store, Duration.ofSeconds(10));
            }
        }
    }

    /** Alive and not a zombie waiting for its new parent to reap it. */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    private static void assertSucceeds(Api api, SampleStore store, Duration within) throws Exception {
        String id = api.submit("/api/v1/scrape-product-url", "{\"url\": \"" + store.productUrl() + "\"}");
        JsonNode job = api.awaitFinal(id, within);
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
    }
}
