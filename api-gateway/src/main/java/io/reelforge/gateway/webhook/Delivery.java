package io.reelforge.gateway.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One webhook message to one endpoint and every attempt to deliver it. Its {@code id} is the {@code webhook-id}
 * header, the same on every attempt and replay, so a receiver can drop repeats.
 */
public record Delivery(String id, String jobId, String tenant, String url, String type, String payload, State state,
        List<Attempt> attempts, Instant createdAt, @Nullable Instant nextAttemptAt) {

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    public enum State {
        PENDING, SUCCEEDED, FAILED, DISABLED;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One try: when, what the endpoint answered (or why there was no answer), how long it took. */
    public record Attempt(Instant at, @Nullable Integer statusCode, @Nullable String error, long durationMillis) {
    }

    Delivery attempted(Attempt attempt, State next, @Nullable Instant nextAt) {
        List<Attempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        return new Delivery(id, jobId, tenant, url, type, payload, next, all, createdAt, nextAt);
    }

    Delivery rescheduled(State next, @Nullable Instant nextAt) {
        return new Delivery(id, jobId, tenant, url, type, payload, next, attempts, createdAt, nextAt);
    }
}
