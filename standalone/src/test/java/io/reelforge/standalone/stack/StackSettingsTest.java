package io.reelforge.standalone.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackSettingsTest {

    @TempDir
    Path data;

    @Test
    void aJoiningWorkerReadsTheStacksAddressesAndFetchPolicy() throws Exception {
        StackSettings written = new StackSettings("127.0.0.1:41001", "redis://127.0.0.1:41002", "http://127.0.0.1:8080",
                data.resolve("artifacts"), List.of("127.0.0.1", "shop.internal"));
        written.writeTo(data);

        StackSettings read = StackSettings.readFrom(data);

        assertThat(read.kafkaBootstrapServers()).isEqualTo("127.0.0.1:41001");
        assertThat(read.redisUrl()).isEqualTo("redis://127.0.0.1:41002");
        assertThat(read.artifactsRoot()).isEqualTo(data.resolve("artifacts").toAbsolutePath());
        assertThat(read.allowedHosts()).containsExactly("127.0.0.1", "shop.internal");
    }

    @Test
    void theConsoleIsAtTheRootOfTheGatewaysPortOnLocalhost() {
        StackSettings stack = new StackSettings("k:1", "redis://r:2", "http://127.0.0.1:41080", data, List.of());

        assertThat(stack.consoleUrl()).isEqualTo("http://localhost:41080/");
    }

    @Test
    void aStackThatAllowsNoHostGivesAnEmptyPolicy() throws Exception {
        new StackSettings("k:1", "redis://r:2", "http://g", data, List.of()).writeTo(data);

        assertThat(StackSettings.readFrom(data).allowedHosts()).isEmpty();
    }

    @Test
    void aWorkersOwnAllowedHostsAddToTheStacks() {
        StackSettings stack = new StackSettings("k:1", "redis://r:2", "http://g", data, List.of("127.0.0.1"));

        assertThat(stack.allowingAlso(List.of("shop.internal", "127.0.0.1")).allowedHosts())
                .containsExactly("127.0.0.1", "shop.internal");
    }
}
