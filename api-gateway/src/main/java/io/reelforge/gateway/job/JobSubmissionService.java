package io.reelforge.gateway.job;

import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobRequest;
import io.reelforge.common.job.JobStatus;
import io.reelforge.gateway.availability.KafkaCircuit;
import io.reelforge.gateway.brand.BrandKitResolver;
import io.reelforge.gateway.limit.SubmissionLimits;
import io.reelforge.gateway.webhook.WebhookEndpoints;
import io.reelforge.common.net.BlockedUrlException;
import io.reelforge.common.net.UnresolvableHostException;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.common.stage.JobTracker;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts jobs: checks the URLs against the fetch policy (so an obviously bad one fails now, not in a worker), saves
 * the job as queued and sends its first stage message. A job whose message cannot be sent is marked failed at
 * once: a queued job that no message will ever drive would wait forever, and one whose message Kafka took after
 * all, after the client was told it failed, must not run late. Redis and Kafka calls have short timeouts
 * ({@code api-gateway.yml}), so a submit fails within about a second while either is down; after Kafka refused
 * a job, the next submits are refused at once ({@link KafkaCircuit}).
 */
@Service
public class JobSubmissionService {

    private static final Logger log = LoggerFactory.getLogger(JobSubmissionService.class);

    private final JobTracker tracker;
    private final UrlPolicy urlPolicy;
    private final Clock clock;
    private final SubmissionLimits limits;
    private final WebhookEndpoints webhooks;
    private final KafkaCircuit kafka;
    private final ScriptLanguages languages;
    private final BrandKitResolver brands;
    private final NarrationVoices voices;

    public JobSubmissionService(JobTracker tracker, UrlPolicy urlPolicy, Clock clock, SubmissionLimits limits,
            WebhookEndpoints webhooks, KafkaCircuit kafka, ScriptLanguages languages, NarrationVoices voices,
            BrandKitResolver brands) {
        this.brands = brands;
        this.tracker = tracker;
        this.urlPolicy = urlPolicy;
        this.clock = clock;
        this.limits = limits;
        this.webhooks = webhooks;
        this.kafka = kafka;
        this.languages = languages;
        this.voices = voices;
    }

    /**
     * @throws InvalidFieldException when the script writer cannot write the language asked for, or the brand kit
     *         (the job's over its tenant's) names a font the media worker does not ship
     * @throws NotVoicedException when no running media worker can voice the video's language or voice
     * @throws UrlNotAllowedException when the request's URL may not be fetched
     * @throws QueueUnavailableException when the first stage could not be queued (the job is then failed), or Kafka
     *         refused a job a moment ago (nothing is saved)
     * @throws io.reelforge.gateway.limit.QueueFullException when the tenant has too many unfinished jobs
     * @throws io.reelforge.gateway.limit.RateLimitedException when the tenant creates jobs too fast
     */
    public Job submit(String tenant, JobKind kind, JobRequest request, @Nullable String callbackUrl,
            @Nullable List<String> webhookEvents) {
        languages.check(kind, request);
        if (Pipeline.runs(kind, JobStatus.RENDERING)) {
            request = request.withOptions(BrandKitResolver.withEffectiveKit(request.options(),
                    brands.tenantKit(tenant), ""));
        }
        if (request.options().brand() != null && request.options().brand().logoUrl() != null) {
            checkUrl("brand.logoUrl", request.options().brand().logoUrl());
        }
        voices.check(kind, request);
        if (request.url() != null) {
            checkUrl("url", request.url());
        }
        if (request.options().musicUrl() != null) {
            checkUrl("musicUrl", request.options().musicUrl());
        }
        if (callbackUrl != null) {
            checkUrl("callbackUrl", callbackUrl);
        }
        if (!kafka.admits()) {
            throw new QueueUnavailableException(); // Kafka refused a job a moment ago: save nothing, wait for nothing
        }
        limits.admit(tenant);
        Instant now = clock.instant();
        Job job = Job.queued(UUID.randomUUID().toString(), kind, tenant, request, now);
        try {
            // creating announces the job on Kafka, which may fail after the job is saved
            tracker.create(job);
            if (callbackUrl != null || webhookEvents != null) {
                // before the first stage: its first progress and its end must find them
                webhooks.setJobWebhook(job.id(), callbackUrl, webhookEvents);
            }
            tracker.send(Pipeline.enter(job, job.firstStage(), now));
        } catch (RuntimeException e) {
            // the client is told it failed, so the job, if saved, must never run
            Unqueued.markFailed(tracker, clock, job.id(), job.attempt());
            throw Unqueued.answerFor(job.id(), e, kafka);
        }
        kafka.succeeded();
        log.info("queued {} job {} of tenant {} at {}", kind.wireName(), job.id(), tenant, job.firstStage().wireName());
        return job;
    }

    /** Checks a URL the system will fetch or call against the address policy, naming the field on refusal. */
    public void checkUrl(String field, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidFieldException(field, "is not a valid URL: " + e.getReason());
        }
        try {
            urlPolicy.check(uri);
        } catch (BlockedUrlException | UnresolvableHostException e) {
            throw new UrlNotAllowedException(field, Objects.requireNonNullElse(e.getMessage(), "is not allowed"));
        }
    }
}
