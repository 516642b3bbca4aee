package io.reelforge.gateway.webhook;

import io.reelforge.common.job.Job;
import io.reelforge.common.json.Json;
import io.reelforge.common.message.JobEvent;
import io.reelforge.gateway.api.JobView;
import io.reelforge.gateway.api.JobViews;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Thin webhook bodies: what happened and where to read more, never the job's results. */
@Component
class WebhookPayloads {

    private final JobViews views;
    private final JsonMapper json = Json.mapper();

    WebhookPayloads(JobViews views) {
        this.views = views;
    }

    /** {@code job.succeeded}, {@code job.failed} or {@code job.canceled}: the status, the error, the files. */
    String finished(String type, Job job, JobEvent event) {
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
        return body(type, event, data);
    }

    /** {@code job.progress}: the event as it was, so a late delivery still says what was true then. */
    String progress(JobEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobId", event.jobId());
        data.put("status", event.status().wireName());
        data.put("stage", event.status().wireName());
        data.put("progress", event.progress());
        if (event.progressDetail() != null) {
            data.put("progressDetail", event.progressDetail());
        }
        data.put("attempt", event.attempt());
        data.put("links", Map.of("job", views.jobUrl(event.jobId())));
        return body(WebhookEvents.PROGRESS, event, data);
    }

    private String body(String type, JobEvent event, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", event.at().toString());
        body.put("data", data);
        return json.writeValueAsString(body);
    }
}
