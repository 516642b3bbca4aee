package io.reelforge.gateway.job;

import io.reelforge.common.job.Job;
import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.api.JobPage;
import io.reelforge.gateway.api.JobView;
import io.reelforge.gateway.api.JobViews;
import io.reelforge.gateway.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading and canceling jobs. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Jobs", description = "Follow, list and cancel jobs")
class JobController {

    private final JobQueryService jobs;
    private final JobRetryService retries;
    private final JobViews views;

    JobController(JobQueryService jobs, JobRetryService retries, JobViews views) {
        this.jobs = jobs;
        this.retries = retries;
        this.views = views;
    }

    @GetMapping(ApiPaths.JOB)
    @Operation(summary = "A job: status, stage, progress, timestamps, error, results and download links")
    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "404", description = "No such job")
    JobView get(Caller caller, @PathVariable String id) {
        return views.of(jobs.find(caller.tenant(), id));
    }

    @GetMapping(ApiPaths.JOBS)
    @Operation(operationId = "listJobs", summary = "The caller's jobs, newest first, a page at a time; all of them,"
            + " or those in one state and/or of one kind")
    @ApiResponse(responseCode = "200", description = "A page of jobs")
    @ApiResponse(responseCode = "400", description = "validation: an unknown state or kind (errors names it and"
            + " lists the values), a page below 0 or a size out of range")
    JobPage list(Caller caller, @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Jobs per page (1 to the configured maximum, 100 by default)")
            @RequestParam(required = false) @Nullable Integer size,
            @Parameter(description = "Only jobs in this state, as the job shows it (a job waiting in a stage's queue"
                    + " is queued)") @RequestParam(required = false) @Nullable String state,
            @Parameter(description = "Only jobs of this kind") @RequestParam(required = false) @Nullable String kind) {
        JobQueryService.JobSlice slice = jobs.page(caller.tenant(), page, size, state, kind);
        return views.page(slice.jobs(), slice.page(), slice.size(), slice.total());
    }

    @DeleteMapping(ApiPaths.JOB)
    @Operation(summary = "Cancel a job that has not finished; workers stop at their next checkpoint")
    @ApiResponse(responseCode = "200", description = "The job, now canceled")
    @ApiResponse(responseCode = "404", description = "No such job")
    @ApiResponse(responseCode = "409", description = "The job has already finished")
    JobView cancel(Caller caller, @PathVariable String id) {
        return views.of(jobs.cancel(caller.tenant(), id));
    }

    @PostMapping(ApiPaths.RETRY)
    @Operation(summary = "Run a failed or canceled job again from the stage where it stopped, keeping the results"
            + " of the stages before it (same job id, next attempt)")
    @ApiResponse(responseCode = "202", description = "The job, back in the stage it stopped in")
    @ApiResponse(responseCode = "404", description = "No such job")
    @ApiResponse(responseCode = "409", description = "The job is not failed or canceled")
    ResponseEntity<JobView> retry(Caller caller, @PathVariable String id) {
        Job job = retries.retry(caller.tenant(), id);
        return ResponseEntity.accepted().location(URI.create(views.jobUrl(job.id()))).body(views.of(job));
    }
}
