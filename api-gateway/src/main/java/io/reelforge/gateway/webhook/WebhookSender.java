package io.reelforge.gateway.webhook;

import io.reelforge.common.net.UrlPolicy;
import io.reelforge.gateway.GatewayProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes one delivery attempt: checks the URL against the same address policy as scraping (every time: a name may
 * resolve elsewhere by now), signs the payload with the tenant's secrets and POSTs it, without following redirects.
 */
@Component
class WebhookSender {

    private final UrlPolicy urlPolicy;
    private final WebhookEndpoints endpoints;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;

    WebhookSender(UrlPolicy urlPolicy, WebhookEndpoints endpoints, Clock clock, GatewayProperties properties) {
        this.urlPolicy = urlPolicy;
        this.endpoints = endpoints;
        this.clock = clock;
        this.timeout = properties.webhooks().timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What an attempt came to: the attempt as recorded, and the receiver's {@code Retry-After} if it sent one. */
    record Result(Delivery.Attempt attempt, @Nullable Duration retryAfter) {
        boolean succeeded() {
            Integer status = attempt.statusCode();
            return status != null && status >= 200 && status < 300;
        }
    }

    Result send(Delivery delivery) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        try {
            URI uri = URI.create(delivery.url());
            urlPolicy.check(uri);
            long timestamp = started.getEpochSecond();
            List<String> secrets = endpoints.signingSecrets(delivery.tenant());
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Reelforge-Webhooks/1")
                    .header("webhook-id", delivery.id())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", WebhookSignatures.header(secrets, delivery.id(), timestamp,
                            delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Result(new Delivery.Attempt(started, response.statusCode(), null, millisSince(t0)),
                    retryAfter(response));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(started, t0, "interrupted");
        } catch (IOException e) {
            return failure(started, t0, e instanceof java.net.http.HttpTimeoutException
                    ? "no answer within " + timeout.toSeconds() + " s" : "could not connect: " + e.getMessage());
        } catch (RuntimeException e) {
            return failure(started, t0, "not allowed: " + e.getMessage()); // blocked by the address policy
        }
    }

    private static Result failure(Instant started, long t0, String error) {
        return new Result(new Delivery.Attempt(started, null, error, millisSince(t0)), null);
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static @Nullable Duration retryAfter(HttpResponse<?> response) {
        if (response.statusCode() != 429 && response.statusCode() != 503) {
            return null;
        }
        Optional<String> value = response.headers().firstValue("Retry-After");
        try {
            return value.map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).orElse(null);
        } catch (NumberFormatException e) {
            return null; // an HTTP date: the schedule applies
        }
    }
}
