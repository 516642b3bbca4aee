package io.reelforge.gateway.job;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobRequest;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.message.ScrapeRequest;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.message.StagePayload;
import io.reelforge.common.net.BlockedUrlException;
import io.reelforge.common.net.UnresolvableHostException;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.GatewayProperties;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts jobs: checks the URL against the fetch policy (so an obviously bad one fails now, not in a worker), saves
 * the job as queued and sends its first stage message. A job whose message cannot be sent is marked failed at
 * once: a queued job that no message will ever drive would wait forever.
 */
@Service
public class JobSubmissionService {

    private static final Logger log = LoggerFactory.getLogger(JobSubmissionService.class);
    private static final int FIRST_ATTEMPT = 1;

    private final JobTracker tracker;
    private final UrlPolicy urlPolicy;
    private final Clock clock;
    private final String tenant;

    public JobSubmissionService(JobTracker tracker, UrlPolicy urlPolicy, Clock clock, GatewayProperties properties) {
        this.tracker = tracker;
        this.urlPolicy = urlPolicy;
        this.clock = clock;
        this.tenant = properties.defaultTenant();
    }

    /**
     * @throws UrlNotAllowedException when the request's URL may not be fetched
     * @throws QueueUnavailableException when the first stage could not be queued (the job is then failed)
     */
    public Job submit(JobKind kind, JobRequest request) {
        if (request.url() != null) {
            checkUrl(request.url());
        }
        Instant now = clock.instant();
        Job job = tracker.create(Job.queued(UUID.randomUUID().toString(), kind, tenant, request, now));
        try {
            tracker.send(JobMessage.of(job.id(), job.tenant(), FIRST_ATTEMPT, firstPayload(job), now));
        } catch (RuntimeException e) {
            log.error("could not queue job {}; marking it failed", job.id(), e);
            markUnqueued(job);
            throw new QueueUnavailableException(job.id(), e);
        }
        log.info("queued {} job {} at {}", kind.wireName(), job.id(), job.firstStage().wireName());
        return job;
    }

    private void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("url", "is not a valid URL: " + e.getReason());
        }
        try {
            urlPolicy.check(uri);
        } catch (BlockedUrlException | UnresolvableHostException e) {
            throw new UrlNotAllowedException("url", Objects.requireNonNullElse(e.getMessage(), "is not allowed"));
        }
    }

    private static StagePayload firstPayload(Job job) {
        JobRequest request = job.request();
        return switch (job.firstStage()) {
            case SCRAPING -> new ScrapeRequest(Objects.requireNonNull(request.url(), "a scrape needs a URL"));
            case SCRIPTING -> new ScriptRequest(request.product(), request.keyword(), request.options());
            case RENDERING -> new RenderRequest(Objects.requireNonNull(request.product(), "a render needs a product"),
                    Objects.requireNonNull(request.script(), "a render needs a script"), request.options());
            default -> throw new IllegalStateException(job.firstStage() + " is not a stage");
        };
    }

    private void markUnqueued(Job job) {
        Instant now = clock.instant();
        JobError error = new JobError(ErrorCode.INTERNAL_ERROR,
                "The job queue was unavailable, so the job was never started. Submit it again later.",
                job.firstStage(), 0, now);
        try {
            tracker.update(job.id(), current -> current.status().isFinal() ? current : current.fail(error, now));
        } catch (RuntimeException e) {
            log.error("could not mark unqueued job {} failed", job.id(), e);
        }
    }
}
