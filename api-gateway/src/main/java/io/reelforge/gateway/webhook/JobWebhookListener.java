package io.reelforge.gateway.webhook;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.message.JobEvent;
import io.reelforge.common.message.Topics;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns a job's final event into a webhook delivery to the job's callback URL (or its tenant's default), and, for
 * jobs that opted in, some of its progress events into {@code job.progress} deliveries (throttled by
 * {@link ProgressThrottle}). The gateways share one consumer group here, so each event is handled once; the
 * delivery id is derived from the job and its version, so an event read twice still makes one delivery. Progress
 * deliveries are ordinary deliveries, sent side by side with the rest: none waits for another, so a slow or
 * failing receiver of progress never holds up a job's final event, and the throttle never applies to it.
 */
@Component
class JobWebhookListener {

    static final String GROUP = "api-gateway-webhooks";

    private final JobStore jobs;
    private final WebhookEndpoints endpoints;
    private final DeliveryStore deliveries;
    private final WebhookPayloads payloads;
    private final ProgressThrottle throttle;
    private final Clock clock;

    JobWebhookListener(JobStore jobs, WebhookEndpoints endpoints, DeliveryStore deliveries, WebhookPayloads payloads,
            ProgressThrottle throttle, Clock clock) {
        this.jobs = jobs;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.throttle = throttle;
        this.clock = clock;
    }

    @KafkaListener(id = GROUP, topics = Topics.JOB_EVENTS, groupId = GROUP,
            autoStartup = "${reelforge.gateway.webhooks.enabled:true}",
            properties = {"max.poll.records=200", "auto.offset.reset=latest"})
    void on(JobEvent event) {
        if (event.status().isFinal()) {
            finished(event);
        } else if (event.status().isStage()) {
            progressed(event);
        }
    }

    private void finished(JobEvent event) {
        Optional<String> url = endpoints.destination(event.jobId(), event.tenant());
        Optional<Job> job = jobs.find(event.jobId());
        if (url.isEmpty() || job.isEmpty() || job.get().request().batchId() != null) {
            return; // a batch's items are announced once, by the batch's own webhook (BatchWebhooks)
        }
        String type = "job." + event.status().wireName();
        create(event, url.get(), type, payloads.finished(type, job.get(), event));
    }

    private void progressed(JobEvent event) {
        if (!endpoints.wantsProgress(event.jobId(), event.tenant())) {
            return;
        }
        Optional<String> url = endpoints.destination(event.jobId(), event.tenant());
        if (url.isPresent() && throttle.admit(event.jobId(), event.progress(), clock.instant())) {
            create(event, url.get(), WebhookEvents.PROGRESS, payloads.progress(event));
        }
    }

    private void create(JobEvent event, String url, String type, String payload) {
        String id = "msg_" + event.jobId().replace("-", "") + "_" + event.jobVersion();
        Instant now = clock.instant();
        deliveries.create(new Delivery(id, event.jobId(), event.tenant(), url, type, payload, Delivery.State.PENDING,
                List.of(), now, now));
    }
}
