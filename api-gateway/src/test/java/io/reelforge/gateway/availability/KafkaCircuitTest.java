package io.reelforge.gateway.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KafkaCircuitTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final KafkaCircuit circuit = new KafkaCircuit(Duration.ofNanos(100), now::get);

    @Test
    void everySubmitTriesKafkaWhileNothingFailed() {
        assertThat(circuit.admits()).isTrue();
        assertThat(circuit.admits()).isTrue();
    }

    @Test
    void afterAFailureSubmitsAreRefusedUntilTheProbeInterval() {
        circuit.failed();

        assertThat(circuit.admits()).isFalse();
        now.addAndGet(99);
        assertThat(circuit.admits()).isFalse();
    }

    @Test
    void oneSubmitPerIntervalProbesKafkaWhileItStaysDown() {
        circuit.failed();
        now.addAndGet(100);

        assertThat(circuit.admits()).as("the probe").isTrue();
        assertThat(circuit.admits()).as("a second submit beside the probe").isFalse();
        circuit.failed();
        now.addAndGet(100);
        assertThat(circuit.admits()).as("the next probe").isTrue();
    }

    @Test
    void aSuccessfulProbeLetsEverySubmitThroughAgain() {
        circuit.failed();
        now.addAndGet(100);
        circuit.admits();

        circuit.succeeded();

        assertThat(circuit.admits()).isTrue();
        assertThat(circuit.admits()).isTrue();
    }
}
