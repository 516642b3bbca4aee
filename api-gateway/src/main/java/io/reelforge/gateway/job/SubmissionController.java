package io.reelforge.gateway.job;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobKind;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.api.GenerateScriptRequest;
import io.reelforge.gateway.api.GenerateVideoRequest;
import io.reelforge.gateway.api.JobView;
import io.reelforge.gateway.api.JobViews;
import io.reelforge.gateway.api.ScrapeProductRequest;
import io.reelforge.gateway.api.VideoRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The routes that start jobs: the main {@code /videos} and the original system's three routes, which now answer at
 * once with a job to poll instead of holding the connection for the whole work.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Submit", description = "Start jobs; each answers 202 with the job to poll")
class SubmissionController {

    private final JobSubmissionService submissions;
    private final JobViews views;
    private final String retryAfter;

    SubmissionController(JobSubmissionService submissions, JobViews views, GatewayProperties properties) {
        this.submissions = submissions;
        this.views = views;
        this.retryAfter = String.valueOf(properties.retryAfterSeconds());
    }

    @PostMapping(path = ApiPaths.VIDEOS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Turn a product page into a narrated video ad (scrape, script, render)")
    @ApiResponse(responseCode = "202", description = "The job was queued", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The job"),
            @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before polling")})
    ResponseEntity<JobView> createVideo(@Valid @RequestBody VideoRequest body) {
        return accepted(submissions.submit(JobKind.VIDEO, body.toJobRequest()));
    }

    @PostMapping(path = ApiPaths.SCRAPE_PRODUCT_URL, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extract the product details from a page (the original route, now a job)")
    @ApiResponse(responseCode = "202", description = "The job was queued")
    ResponseEntity<JobView> scrapeProductUrl(@Valid @RequestBody ScrapeProductRequest body) {
        return accepted(submissions.submit(JobKind.SCRAPE, body.toJobRequest()));
    }

    @PostMapping(path = ApiPaths.GENERATE_SCRIPT, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write a video script from a keyword or product details (the original route, now a job)")
    @ApiResponse(responseCode = "202", description = "The job was queued")
    ResponseEntity<JobView> generateScript(@Valid @RequestBody GenerateScriptRequest body) {
        return accepted(submissions.submit(JobKind.SCRIPT, body.toJobRequest()));
    }

    @PostMapping(path = ApiPaths.GENERATE_VIDEO, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Render a video from product details and an optional script (the original route, now a job)")
    @ApiResponse(responseCode = "202", description = "The job was queued")
    ResponseEntity<JobView> generateVideo(@Valid @RequestBody GenerateVideoRequest body) {
        return accepted(submissions.submit(JobKind.RENDER, body.toJobRequest()));
    }

    private ResponseEntity<JobView> accepted(Job job) {
        return ResponseEntity.accepted()
                .location(URI.create(views.jobUrl(job.id())))
                .header(HttpHeaders.RETRY_AFTER, retryAfter)
                .body(views.of(job));
    }
}
