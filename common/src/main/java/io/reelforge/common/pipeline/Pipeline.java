package io.reelforge.common.pipeline;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobRequest;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.message.ScrapeRequest;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.message.StagePayload;
import io.reelforge.common.message.Topics;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.VideoScript;
import io.reelforge.common.stage.PermanentJobFailure;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one place that knows the pipeline: which stages each kind of job runs, in order; the topic of each stage in
 * each lane; and the message that drives a job into a stage, built from what the job already has (the client's
 * request and the results of the stages before), so a new job's first stage, the next stage after a finished one,
 * a retry and a re-drive are all built the same way. {@link JobStatus} keeps the other half: which moves between
 * states are allowed.
 */
public final class Pipeline {

    private static final List<JobStatus> ALL = List.of(JobStatus.SCRAPING, JobStatus.SCRIPTING, JobStatus.RENDERING);

    private static final Map<JobKind, List<JobStatus>> STAGES = new EnumMap<>(Map.of(
            JobKind.VIDEO, ALL,
            JobKind.SCRAPE, List.of(JobStatus.SCRAPING),
            JobKind.SCRIPT, List.of(JobStatus.SCRIPTING),
            // a render job writes a script first unless it brings one
            JobKind.RENDER, List.of(JobStatus.SCRIPTING, JobStatus.RENDERING)));

    private static final Map<JobStatus, Map<Lane, String>> TOPICS = new EnumMap<>(Map.of(
            JobStatus.SCRAPING, new EnumMap<>(Map.of(Lane.INTERACTIVE, Topics.SCRAPE_REQUESTS, Lane.BULK, Topics.SCRAPE_BULK)),
            JobStatus.SCRIPTING, new EnumMap<>(Map.of(Lane.INTERACTIVE, Topics.SCRIPT_REQUESTS, Lane.BULK, Topics.SCRIPT_BULK)),
            JobStatus.RENDERING, new EnumMap<>(Map.of(Lane.INTERACTIVE, Topics.RENDER_REQUESTS, Lane.BULK, Topics.RENDER_BULK))));

    private Pipeline() {
    }

    /** The stages jobs of this kind may pass through, in order. */
    public static List<JobStatus> stages(JobKind kind) {
        return STAGES.get(kind);
    }

    /** The stages a job of this kind runs, in order, from its first one. */
    public static List<JobStatus> stages(JobKind kind, boolean hasScript) {
        List<JobStatus> stages = stages(kind);
        return stages.subList(stages.indexOf(firstStage(kind, hasScript)), stages.size());
    }

    /** The stage a new job of this kind starts in; a render job that brings its own script skips writing one. */
    public static JobStatus firstStage(JobKind kind, boolean hasScript) {
        return kind == JobKind.RENDER && hasScript ? JobStatus.RENDERING : stages(kind).getFirst();
    }

    /** The state that follows a finished stage: the next stage, or {@code SUCCEEDED} when this kind ends there. */
    public static JobStatus after(JobKind kind, JobStatus stage) {
        List<JobStatus> stages = stages(kind);
        int index = stages.indexOf(requireStage(stage));
        if (index < 0) {
            throw new IllegalArgumentException(kind.wireName() + " jobs do not run " + stage.wireName());
        }
        return index + 1 < stages.size() ? stages.get(index + 1) : JobStatus.SUCCEEDED;
    }

    /** Whether jobs of this kind pass through the given stage at all. */
    public static boolean runs(JobKind kind, JobStatus stage) {
        return stages(kind).contains(stage);
    }

    /** The topic a stage's messages travel on in a lane. */
    public static String topic(JobStatus stage, Lane lane) {
        return TOPICS.get(requireStage(stage)).get(lane);
    }

    /** The stage whose messages travel on a stage topic (either lane). */
    public static JobStatus stageOf(String topic) {
        return TOPICS.entrySet().stream().filter(e -> e.getValue().containsValue(topic)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(topic + " is not a stage topic"));
    }

    /** The message that drives {@code job} into {@code stage} at its current attempt, and the topic of the job's lane. */
    public static StageDelivery enter(Job job, JobStatus stage, Instant now) {
        return new StageDelivery(topic(stage, job.lane()),
                JobMessage.of(job.id(), job.tenant(), job.attempt(), payload(job, stage), now));
    }

    /** The work a stage message asks for, from the job's request and the results of its earlier stages. */
    public static StagePayload payload(Job job, JobStatus stage) {
        JobRequest request = job.request();
        return switch (requireStage(stage)) {
            case SCRAPING -> new ScrapeRequest(require(request.url(), job, "a scrape needs a URL"));
            case SCRIPTING -> new ScriptRequest(product(job), request.keyword(), request.options());
            default -> new RenderRequest(require(product(job), job, "a render needs product details"),
                    require(script(job), job, "a render needs a script"), request.options());
        };
    }

    private static JobStatus requireStage(JobStatus stage) {
        if (!stage.isStage()) {
            throw new IllegalArgumentException(stage.wireName() + " is not a stage");
        }
        return stage;
    }

    private static <T> T require(@Nullable T value, Job job, String message) {
        if (value == null) {
            throw new PermanentJobFailure(ErrorCode.INTERNAL_ERROR, message + ", and job " + job.id() + " has none");
        }
        return value;
    }

    private static @Nullable ProductDetails product(Job job) {
        return job.results().product() != null ? job.results().product() : job.request().product();
    }

    private static @Nullable VideoScript script(Job job) {
        return job.results().script() != null ? job.results().script() : job.request().script();
    }
}
