package io.reelforge.gateway.webhook;

import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.api.RequestRules;
import io.reelforge.gateway.auth.Caller;
import io.reelforge.gateway.job.InvalidFieldException;
import io.reelforge.gateway.job.JobQueryService;
import io.reelforge.gateway.job.JobSubmissionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's webhook settings (default URL, signing secret, rotation), each job's deliveries, and the caller's
 * most recent deliveries across its jobs.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks", description = "Signed callbacks (Standard Webhooks v1) and their deliveries")
class WebhookController {

    private static final String DEFAULT_RECENT = "20";

    private final WebhookEndpoints endpoints;
    private final DeliveryStore deliveries;
    private final JobQueryService jobs;
    private final JobSubmissionService submissions;
    private final Clock clock;

    WebhookController(WebhookEndpoints endpoints, DeliveryStore deliveries, JobQueryService jobs,
            JobSubmissionService submissions, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.jobs = jobs;
        this.submissions = submissions;
        this.clock = clock;
    }

    @Schema(name = "WebhookSettingsRequest")
    record SettingsRequest(
            @Schema(description = "Where job events go when a job names no callbackUrl; null to clear")
            @Size(max = RequestRules.MAX_URL_LENGTH)
            @Pattern(regexp = RequestRules.HTTP_URL, message = RequestRules.HTTP_URL_MESSAGE) @Nullable String url,
            @Schema(description = "Opt-in events for jobs that name none (the final events always go out)",
                    example = "[\"job.progress\"]")
            @Size(max = RequestRules.MAX_WEBHOOK_EVENTS) @Nullable List<@NotNull @Pattern(
                    regexp = RequestRules.WEBHOOK_EVENT, message = RequestRules.WEBHOOK_EVENT_MESSAGE) String> events) {
    }

    @Schema(name = "DeliveryList")
    record DeliveryList(List<Delivery> items) {
    }

    @GetMapping(ApiPaths.WEBHOOK)
    @Operation(summary = "The caller's default webhook URL and signing secret (whsec_...)")
    WebhookEndpoints.Settings settings(Caller caller) {
        return endpoints.settings(caller.tenant());
    }

    @PutMapping(path = ApiPaths.WEBHOOK, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the caller's default webhook URL (checked against the fetch policy) and opt-in events")
    WebhookEndpoints.Settings setUrl(Caller caller, @Valid @RequestBody SettingsRequest body) {
        if (body.url() != null) {
            submissions.checkUrl("url", body.url().strip());
        }
        return endpoints.setDefaults(caller.tenant(), body.url() == null ? null : body.url().strip(),
                body.events() == null ? null : body.events().stream().distinct().toList());
    }

    @PostMapping(ApiPaths.WEBHOOK_ROTATE)
    @Operation(summary = "Rotate the signing secret; the old one also signs for 24 hours")
    WebhookEndpoints.Settings rotate(Caller caller) {
        return endpoints.rotate(caller.tenant());
    }

    @GetMapping(ApiPaths.WEBHOOK_DELIVERIES)
    @Operation(operationId = "listRecentDeliveries", summary = "The caller's most recent webhook deliveries across"
            + " its jobs and batches, newest first, each with its job (or batch) id, event, state and attempts")
    @ApiResponse(responseCode = "200", description = "The most recent deliveries")
    @ApiResponse(responseCode = "400", description = "validation: limit outside 1 to " + DeliveryStore.RECENT_KEPT)
    DeliveryList recent(Caller caller, @Parameter(description = "How many, newest first (1 to "
            + DeliveryStore.RECENT_KEPT + ")") @RequestParam(defaultValue = DEFAULT_RECENT) int limit) {
        if (limit < 1 || limit > DeliveryStore.RECENT_KEPT) {
            throw new InvalidFieldException("limit", "must be between 1 and " + DeliveryStore.RECENT_KEPT);
        }
        return new DeliveryList(deliveries.recent(caller.tenant(), limit));
    }

    @GetMapping(ApiPaths.DELIVERIES)
    @Operation(operationId = "listDeliveries", summary = "Every webhook delivery of a job, with each attempt")
    @ApiResponse(responseCode = "200", description = "The job's deliveries")
    @ApiResponse(responseCode = "404", description = "No such job")
    DeliveryList list(Caller caller, @PathVariable String id) {
        jobs.find(caller.tenant(), id);
        return new DeliveryList(deliveries.forJob(id));
    }

    @PostMapping(ApiPaths.DELIVERY_REPLAY)
    @Operation(summary = "Send a delivery again now (same webhook-id), whatever became of it")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "404", description = "No such job or delivery")
    ResponseEntity<Delivery> replay(Caller caller, @PathVariable String id, @PathVariable String deliveryId) {
        jobs.find(caller.tenant(), id);
        Delivery delivery = deliveries.find(deliveryId).filter(d -> d.jobId().equals(id))
                .orElseThrow(() -> new DeliveryNotFoundException(deliveryId));
        endpoints.enable(delivery.tenant(), delivery.url()); // a replay is the tenant saying the endpoint is back
        Delivery queued = delivery.rescheduled(Delivery.State.PENDING, clock.instant());
        deliveries.save(queued);
        return ResponseEntity.accepted().body(queued);
    }
}
