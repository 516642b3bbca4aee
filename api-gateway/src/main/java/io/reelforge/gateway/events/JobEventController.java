package io.reelforge.gateway.events;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobChange;
import io.reelforge.common.job.JobStore;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.auth.Caller;
import io.reelforge.gateway.job.JobQueryService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A job's status and progress as Server-Sent Events, as they happen, ending with the final state. Each event's id
 * is the job's version: a client that reconnects with {@code Last-Event-ID} gets every version after that one
 * (from the store's change log), then the live ones. A quiet stream carries a {@code : keep-alive} comment line
 * every {@code reelforge.gateway.events-keep-alive}. A reconnect after the final event gets 204 No Content.
 */
@RestController
@Tag(name = "Jobs")
class JobEventController {

    private final JobQueryService jobs;
    private final JobEventHub hub;
    private final JobStore store;
    private final StreamKeepAlive keepAlive;
    private final long timeoutMillis;

    JobEventController(JobQueryService jobs, JobEventHub hub, JobStore store, StreamKeepAlive keepAlive,
            GatewayProperties properties) {
        this.jobs = jobs;
        this.hub = hub;
        this.store = store;
        this.keepAlive = keepAlive;
        this.timeoutMillis = properties.eventsTimeout().toMillis();
    }

    @GetMapping(path = ApiPaths.EVENTS, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live status and progress of a job (Server-Sent Events), ending with its final state")
    @ApiResponse(responseCode = "200", description = "status events (the status changed) and progress events, each"
            + " with the job's status, stage, progress and version; the last one carries the final status",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string",
                    description = "Server-Sent Events: id (the job's version), event (status or progress) and data,"
                            + " a JSON object {id, status, stage, progress, progressDetail, attempt, version,"
                            + " errorCode, at}")))
    @ApiResponse(responseCode = "204", description = "The job has finished and Last-Event-ID names its last event:"
            + " nothing more will come, and EventSource clients stop reconnecting")
    @ApiResponse(responseCode = "404", description = "No such job")
    ResponseEntity<SseEmitter> events(Caller caller, @PathVariable String id,
            @Parameter(description = "The id of the last event received, to resume after it")
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        Job job = jobs.find(caller.tenant(), id);
        long lastSeen = parseVersion(lastEventId);
        if (job.status().isFinal() && job.version() <= lastSeen) {
            // the client has seen the end: an empty 200 stream would make an EventSource reconnect forever, a 204
            // is what the SSE standard gives a server to tell it to stop
            return ResponseEntity.noContent().build();
        }
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        JobEventStream stream = new JobEventStream(id, emitter, hub, store, lastSeen, keepAlive);
        hub.subscribe(id, stream);
        // subscribed first, then read: a change made in between arrives by either way, and is sent once
        stream.offer(JobChange.of(jobs.find(caller.tenant(), id)));
        return ResponseEntity.ok(emitter);
    }

    private static long parseVersion(@Nullable String lastEventId) {
        if (lastEventId == null) {
            return -1;
        }
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
