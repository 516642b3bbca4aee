package io.reelforge.common.voice;

import io.reelforge.common.schedule.PeriodicTask;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a running media worker in the {@link VoiceRegistry}: registers it as it starts, renews the entry every
 * {@code refresh} (well within its time to live, so a refresh or two lost to a Redis hiccup does not drop it), and
 * removes it when the worker stops cleanly. A worker that dies is dropped when its entry runs out.
 */
public final class VoiceRegistration extends PeriodicTask {

    /** How long an entry outlives its last renewal: a dead worker is forgotten this long after it died. */
    public static final Duration TTL = Duration.ofSeconds(45);
    /** How often a running worker renews its entry: three renewals per time to live. */
    public static final Duration REFRESH = Duration.ofSeconds(15);

    /** The longest a stopping worker waits for its entry to be removed. */
    static final Duration REMOVAL_WAIT = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(VoiceRegistration.class);

    private final VoiceRegistry registry;
    private final String worker;
    private final VoiceOffer offer;
    private final Duration ttl;
    private final Duration refresh;

    public VoiceRegistration(VoiceRegistry registry, String worker, VoiceOffer offer) {
        this(registry, worker, offer, REFRESH, TTL);
    }

    public VoiceRegistration(VoiceRegistry registry, String worker, VoiceOffer offer, Duration refresh,
            Duration ttl) {
        super("voice-registration", refresh);
        if (ttl.compareTo(refresh) <= 0) {
            throw new IllegalArgumentException("the registration's time to live (" + ttl
                    + ") must be longer than its refresh interval (" + refresh + ")");
        }
        this.registry = registry;
        this.worker = worker;
        this.offer = offer;
        this.ttl = ttl;
        this.refresh = refresh;
    }

    @Override
    protected void runOnce() {
        registry.register(worker, offer, ttl);
    }

    /**
     * Registers at once, before the start returns, so the gateway knows of a worker as soon as it runs; then renews
     * every interval. A Redis that does not answer now fails nothing: the next renewal registers.
     */
    @Override
    public void start() {
        try {
            runOnce();
            log.info("registered what this worker voices: {} in {}", offer.engine(), String.join(", ", offer.languages()));
        } catch (RuntimeException e) {
            log.warn("could not register what this worker voices ({}); trying again in {}", e.toString(), refresh);
        }
        super.start();
    }

    /**
     * Stops renewing and removes the entry, waiting at most {@link #REMOVAL_WAIT} for Redis: a worker stopping
     * because Redis is gone must not wait out the client's timeout for an entry that expires by itself.
     */
    @Override
    public void stop() {
        super.stop();
        try {
            CompletableFuture.runAsync(() -> registry.remove(worker)).get(REMOVAL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("could not remove this worker's voice registration ({}); it expires within {}", e.toString(), ttl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
