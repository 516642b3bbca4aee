package io.reelforge.gateway.webhook;

import io.reelforge.common.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one {@code batch.completed} webhook of a batch, signed and retried like the jobs' ones (Standard Webhooks),
 * to the batch's callback URL or else its tenant's default. Its items' own jobs send none: a catalog of 10,000
 * products is one notification, not 10,000.
 */
@Component
public class BatchWebhooks {

    public static final String COMPLETED = "batch.completed";

    private final DeliveryStore deliveries;
    private final WebhookEndpoints endpoints;
    private final JsonMapper json = Json.mapper();

    BatchWebhooks(DeliveryStore deliveries, WebhookEndpoints endpoints) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
    }

    /**
     * Queues the batch's completion webhook once (its id is the batch's, so a second call makes none).
     *
     * @return whether a delivery was queued: false when there is nowhere to send it or it was queued before
     */
    public boolean completed(String batchId, String tenant, @Nullable String callbackUrl, Map<String, Object> data,
            Instant at) {
        String url = callbackUrl != null ? callbackUrl : endpoints.settings(tenant).url();
        if (url == null) {
            return false;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", COMPLETED);
        body.put("timestamp", at.toString());
        body.put("data", data);
        String id = "msg_batch_" + batchId.replace("-", "");
        return deliveries.create(new Delivery(id, batchId, tenant, url, COMPLETED, json.writeValueAsString(body),
                Delivery.State.PENDING, List.of(), at, at));
    }
}
