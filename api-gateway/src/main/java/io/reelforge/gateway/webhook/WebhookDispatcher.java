package io.reelforge.gateway.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelforge.gateway.GatewayProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries, on every gateway instance: takes them from Redis with a lease, makes one attempt each and
 * decides what follows. 2xx: delivered. 410: the endpoint is disabled. Anything else (or no answer): the next
 * attempt after the configured schedule's next delay, with jitter, or later when a 429/503 says so, until the
 * schedule is spent and the delivery has failed.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;
    static final String DELIVERIES = "reelforge.webhook.deliveries";

    private final DeliveryStore deliveries;
    private final WebhookSender sender;
    private final WebhookEndpoints endpoints;
    private final Clock clock;
    private final GatewayProperties.Webhooks settings;
    private final MeterRegistry metrics;
    private volatile boolean running;
    private @Nullable Thread loop;
    private @Nullable ExecutorService workers;

    WebhookDispatcher(DeliveryStore deliveries, WebhookSender sender, WebhookEndpoints endpoints, Clock clock,
            GatewayProperties properties, MeterRegistry metrics) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.endpoints = endpoints;
        this.clock = clock;
        this.settings = properties.webhooks();
        this.metrics = metrics;
    }

    @Override
    public void start() {
        running = true;
        workers = Executors.newVirtualThreadPerTaskExecutor();
        loop = Thread.ofPlatform().name("webhook-dispatcher").daemon().start(this::run);
    }

    private void run() {
        while (running) {
            try {
                List<String> due = deliveries.claimDue(clock.instant(), settings.lease(), BATCH);
                for (String id : due) {
                    workers.execute(() -> attempt(id));
                }
                if (due.isEmpty()) {
                    Thread.sleep(settings.pollInterval());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("could not take due webhook deliveries: {}", e.toString());
                try {
                    Thread.sleep(settings.pollInterval());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void attempt(String id) {
        Delivery delivery = deliveries.find(id).orElse(null);
        if (delivery == null || delivery.state() != Delivery.State.PENDING) {
            return;
        }
        if (endpoints.isDisabled(delivery.tenant(), delivery.url())) {
            deliveries.save(delivery.rescheduled(Delivery.State.DISABLED, null));
            count(delivery, Delivery.State.DISABLED);
            return;
        }
        WebhookSender.Result result = sender.send(delivery);
        Delivery after = next(delivery, result);
        deliveries.save(after);
        count(delivery, after.state());
        if (after.state() == Delivery.State.DISABLED) {
            endpoints.disable(delivery.tenant(), delivery.url());
        }
        log.info("webhook {} of job {} attempt {}: {} -> {}", delivery.id(), delivery.jobId(), after.attempts().size(),
                result.attempt().statusCode() != null ? result.attempt().statusCode() : result.attempt().error(),
                after.state().wireName());
    }

    /** One attempt (or a delivery dropped for a disabled endpoint), by what became of the delivery. */
    private void count(Delivery delivery, Delivery.State state) {
        Counter.builder(DELIVERIES)
                .description("Webhook delivery attempts by event and outcome (retrying: it failed and will be retried)")
                .tag("event", delivery.type())
                .tag("outcome", state == Delivery.State.PENDING ? "retrying" : state.wireName())
                .register(metrics)
                .increment();
    }

    private Delivery next(Delivery delivery, WebhookSender.Result result) {
        Integer status = result.attempt().statusCode();
        if (result.succeeded()) {
            return delivery.attempted(result.attempt(), Delivery.State.SUCCEEDED, null);
        }
        if (status != null && status == 410) {
            return delivery.attempted(result.attempt(), Delivery.State.DISABLED, null);
        }
        int made = delivery.attempts().size() + 1;
        if (made >= settings.schedule().size()) {
            return delivery.attempted(result.attempt(), Delivery.State.FAILED, null);
        }
        Duration delay = jittered(settings.schedule().get(made));
        if (result.retryAfter() != null && result.retryAfter().compareTo(delay) > 0) {
            delay = result.retryAfter();
        }
        Instant at = clock.instant().plus(delay);
        return delivery.attempted(result.attempt(), Delivery.State.PENDING, at);
    }

    private Duration jittered(Duration delay) {
        double factor = 1 + settings.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.round(delay.toMillis() * factor));
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
            try {
                loop.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (workers != null) {
            workers.shutdown();
        }
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
