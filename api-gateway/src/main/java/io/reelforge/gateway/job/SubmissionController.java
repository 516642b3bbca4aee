package io.reelforge.gateway.job;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobRequest;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.api.GenerateScriptRequest;
import io.reelforge.gateway.api.GenerateVideoRequest;
import io.reelforge.gateway.api.JobView;
import io.reelforge.gateway.api.JobViews;
import io.reelforge.gateway.api.RequestRules;
import io.reelforge.gateway.api.ScrapeProductRequest;
import io.reelforge.gateway.api.VideoRequest;
import io.reelforge.gateway.auth.Caller;
import io.reelforge.gateway.idempotency.IdempotentSubmissions;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The routes that start jobs: the main {@code /videos} and the original system's three routes, which now answer at
 * once with a job to poll instead of holding the connection for the whole work. Each takes an optional
 * {@code Idempotency-Key}, so a client that lost the answer can send the same request again safely.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Submit", description = "Start jobs; each answers 202 with the job to poll")
class SubmissionController {

    /** What every route that starts a job answers, besides the errors every route can answer. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "202", description = "The job was queued", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The job's URL, to poll",
                    schema = @Schema(type = "string", format = "uri-reference")),
            @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before polling",
                    schema = @Schema(type = "integer", minimum = "1")),
            @Header(name = "Idempotent-Replayed", description = "true when this answers an earlier request with the"
                    + " same Idempotency-Key (nothing new was created)", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "409", description = "idempotency_key_in_use: the first request with this"
            + " Idempotency-Key is still being handled; send it again after Retry-After")
    @ApiResponse(responseCode = "422", description = "idempotency_key_reused: the Idempotency-Key was used with"
            + " another body or route; or, on the routes that render a video, " + RequestRules.NOT_VOICED_RESPONSE)
    @ApiResponse(responseCode = "429", description = "rate_limited (too many jobs a minute) or queue_full (too many"
            + " unfinished jobs); Retry-After says when to try again")
    @interface SubmitResponses {
    }

    private static final String KEY_DESCRIPTION = "A unique key per intended job (IETF Idempotency-Key): a repeat"
            + " with the same body answers with the original job; with another body 422; while the first is still"
            + " being handled 409. Remembered for 24 hours.";

    private final JobSubmissionService submissions;
    private final IdempotentSubmissions idempotent;
    private final JobViews views;
    private final String retryAfter;

    SubmissionController(JobSubmissionService submissions, IdempotentSubmissions idempotent, JobViews views,
            GatewayProperties properties) {
        this.submissions = submissions;
        this.idempotent = idempotent;
        this.views = views;
        this.retryAfter = String.valueOf(properties.retryAfterSeconds());
    }

    @PostMapping(path = ApiPaths.VIDEOS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Turn a product page into a narrated video ad (scrape, script, render)")
    @SubmitResponses
    ResponseEntity<JobView> createVideo(Caller caller, @Valid @RequestBody VideoRequest body,
            @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = IdempotentSubmissions.HEADER, required = false)
            @Nullable String key) {
        return submit(caller, key, ApiPaths.VIDEOS, body, JobKind.VIDEO, body.toJobRequest(), body.callbackUrl(),
                body.webhookEvents());
    }

    @PostMapping(path = ApiPaths.SCRAPE_PRODUCT_URL, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extract the product details from a page (the original route, now a job)")
    @SubmitResponses
    ResponseEntity<JobView> scrapeProductUrl(Caller caller, @Valid @RequestBody ScrapeProductRequest body,
            @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = IdempotentSubmissions.HEADER, required = false)
            @Nullable String key) {
        return submit(caller, key, ApiPaths.SCRAPE_PRODUCT_URL, body, JobKind.SCRAPE, body.toJobRequest(), body.callbackUrl(),
                body.webhookEvents());
    }

    @PostMapping(path = ApiPaths.GENERATE_SCRIPT, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write a video script from a keyword or product details (the original route, now a job)")
    @SubmitResponses
    ResponseEntity<JobView> generateScript(Caller caller, @Valid @RequestBody GenerateScriptRequest body,
            @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = IdempotentSubmissions.HEADER, required = false)
            @Nullable String key) {
        return submit(caller, key, ApiPaths.GENERATE_SCRIPT, body, JobKind.SCRIPT, body.toJobRequest(), body.callbackUrl(),
                body.webhookEvents());
    }

    @PostMapping(path = ApiPaths.GENERATE_VIDEO, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Render a video from product details and an optional script (the original route, now a job)")
    @SubmitResponses
    ResponseEntity<JobView> generateVideo(Caller caller, @Valid @RequestBody GenerateVideoRequest body,
            @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = IdempotentSubmissions.HEADER, required = false)
            @Nullable String key) {
        return submit(caller, key, ApiPaths.GENERATE_VIDEO, body, JobKind.RENDER, body.toJobRequest(), body.callbackUrl(),
                body.webhookEvents());
    }

    private ResponseEntity<JobView> submit(Caller caller, @Nullable String key, String route, Object body,
            JobKind kind, JobRequest request, @Nullable String callbackUrl, @Nullable List<String> webhookEvents) {
        String callback = callbackUrl == null || callbackUrl.isBlank() ? null : callbackUrl.strip();
        List<String> events = webhookEvents == null ? null : webhookEvents.stream().distinct().toList();
        IdempotentSubmissions.Outcome outcome = idempotent.submit(caller.tenant(), key, route, body,
                () -> submissions.submit(caller.tenant(), kind, request, callback, events));
        Job job = outcome.job();
        var answer = ResponseEntity.accepted()
                .location(URI.create(views.jobUrl(job.id())))
                .header(HttpHeaders.RETRY_AFTER, retryAfter);
        if (outcome.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(views.of(job));
    }
}
