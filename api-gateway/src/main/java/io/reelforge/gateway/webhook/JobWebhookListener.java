package io.reelforge.gateway.webhook;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.json.Json;
import io.reelforge.common.message.JobEvent;
import io.reelforge.common.message.Topics;
import io.reelforge.gateway.api.JobView;
import io.reelforge.gateway.api.JobViews;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a job's final event into a webhook delivery to the job's callback URL (or its tenant's default). The
 * gateways share one consumer group here, so each event is handled once; the delivery id is derived from the job
 * and its version, so an event read twice still makes one delivery.
 */
@Component
class JobWebhookListener {

    static final String GROUP = "api-gateway-webhooks";

    private final JobStore jobs;
    private final WebhookEndpoints endpoints;
    private final DeliveryStore deliveries;
    private final JobViews views;
    private final Clock clock;
    private final JsonMapper json = Json.mapper();

    JobWebhookListener(JobStore jobs, WebhookEndpoints endpoints, DeliveryStore deliveries, JobViews views,
            Clock clock) {
        this.jobs = jobs;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.views = views;
        this.clock = clock;
    }

    @KafkaListener(id = GROUP, topics = Topics.JOB_EVENTS, groupId = GROUP,
            autoStartup = "${reelforge.gateway.webhooks.enabled:true}",
            properties = {"max.poll.records=200", "auto.offset.reset=latest"})
    void on(JobEvent event) {
        if (!event.status().isFinal()) {
            return;
        }
        Optional<String> url = endpoints.destination(event.jobId(), event.tenant());
        Optional<Job> job = jobs.find(event.jobId());
        if (url.isEmpty() || job.isEmpty()) {
            return;
        }
        String type = "job." + event.status().wireName();
        String id = "msg_" + event.jobId().replace("-", "") + "_" + event.jobVersion();
        deliveries.create(new Delivery(id, event.jobId(), event.tenant(), url.get(), type,
                payload(type, job.get(), event), Delivery.State.PENDING, List.of(), clock.instant(), clock.instant()));
    }

    /** A thin payload: what happened and where to read more, never the job's results. */
    private String payload(String type, Job job, JobEvent event) {
        JobView view = views.of(job);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobId", job.id());
        data.put("status", event.status().wireName());
        if (view.error() != null) {
            data.put("error", Map.of("code", view.error().code().code(), "message", view.error().message()));
        }
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("job", view.links().self());
        if (view.links().video() != null) {
            links.put("video", view.links().video());
        }
        if (view.links().thumbnail() != null) {
            links.put("thumbnail", view.links().thumbnail());
        }
        data.put("links", links);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toLowerCase(Locale.ROOT));
        body.put("timestamp", event.at().toString());
        body.put("data", data);
        return json.writeValueAsString(body);
    }
}
