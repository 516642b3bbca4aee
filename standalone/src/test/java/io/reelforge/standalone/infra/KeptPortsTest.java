package io.reelforge.standalone.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptPortsTest {

    @TempDir
    Path dir;

    @Test
    void aPortTakenOnceIsTakenAgainOnTheNextStart() throws Exception {
        KeptPorts first = KeptPorts.in(dir, "Kafka");
        int broker = first.take("broker");
        int controller = first.take("controller");
        first.save();

        KeptPorts next = KeptPorts.in(dir, "Kafka");

        assertThat(next.take("broker")).isEqualTo(broker);
        assertThat(next.take("controller")).isEqualTo(controller);
        assertThat(broker).isNotEqualTo(controller);
    }

    @Test
    void aKeptPortThatAnotherProgramTookIsReplacedAndTheNewOneKept() throws Exception {
        KeptPorts first = KeptPorts.in(dir, "Redis");
        int kept = first.take("port");
        first.save();

        int replacement;
        try (ServerSocket other = new ServerSocket(kept, 50, InetAddress.getLoopbackAddress())) {
            KeptPorts next = KeptPorts.in(dir, "Redis");
            replacement = next.take("port");
            next.save();
            assertThat(replacement).isNotEqualTo(kept);
        }

        assertThat(KeptPorts.in(dir, "Redis").take("port")).isEqualTo(replacement);
    }
}
