package io.reelforge.gateway.availability;

import io.reelforge.gateway.GatewayProperties;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Remembers that Kafka just refused a job, so the submits that follow are refused at once, before anything is
 * saved, instead of each one holding a request thread until the producer gives up (enough of those and the
 * server has no thread left for reads either) and leaving a failed job behind. One submit per probe interval is
 * let through to find out whether Kafka is back; the first that gets through closes the circuit again.
 */
@Component
public class KafkaCircuit {

    private static final long CLOSED = Long.MIN_VALUE;

    private final long probeIntervalNanos;
    private final LongSupplier nanoTime;
    /** When the next probe may pass (System.nanoTime), or CLOSED. */
    private final AtomicLong nextProbe = new AtomicLong(CLOSED);

    @Autowired
    KafkaCircuit(GatewayProperties properties) {
        this(properties.availability().kafkaProbeInterval(), System::nanoTime);
    }

    /** @param nanoTime a monotonic clock in nanoseconds, as {@link System#nanoTime()} */
    KafkaCircuit(Duration probeInterval, LongSupplier nanoTime) {
        this.probeIntervalNanos = probeInterval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether this submit may try Kafka: always while the circuit is closed, else only as the next probe. */
    public boolean admits() {
        long next = nextProbe.get();
        if (next == CLOSED) {
            return true;
        }
        long now = nanoTime.getAsLong();
        return now - next >= 0 && nextProbe.compareAndSet(next, now + probeIntervalNanos);
    }

    public void succeeded() {
        if (nextProbe.get() != CLOSED) { // a read, not a write, on every submit while all is well
            nextProbe.set(CLOSED);
        }
    }

    public void failed() {
        nextProbe.set(nanoTime.getAsLong() + probeIntervalNanos);
    }
}
