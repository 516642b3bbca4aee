package io.reelforge.gateway.events;

import io.reelforge.gateway.GatewayProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The clock that makes open event streams say something now and then: proxies and load balancers close a
 * connection that stays silent for a minute or so, and a job may sit in a queue or a long render that long. One
 * timer thread serves every stream; each tick only hands the stream a task, the stream writes on its own thread.
 */
@Component
public class StreamKeepAlive implements DisposableBean {

    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sse-keep-alive").daemon().factory());

    StreamKeepAlive(GatewayProperties properties) {
        this.interval = properties.eventsKeepAlive();
    }

    /** Runs {@code ping} every interval until the returned handle is canceled; nothing when keep-alives are off. */
    Optional<ScheduledFuture<?>> every(Runnable ping) {
        if (interval.isZero() || interval.isNegative()) {
            return Optional.empty();
        }
        long millis = interval.toMillis();
        return Optional.of(timer.scheduleAtFixedRate(ping, millis, millis, TimeUnit.MILLISECONDS));
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
