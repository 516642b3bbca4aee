package io.reelforge.common.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every Reelforge service shares, under {@code reelforge.*}. Defaults work offline on one machine.
 *
 * @param artifacts where job files live (written by media workers, served by the gateway)
 * @param jobs how long job records are kept
 * @param kafka topic layout and the retry policy of stage messages
 * @param fetch limits and the address policy for every URL Reelforge downloads
 */
@Validated
@ConfigurationProperties("reelforge")
public record ReelforgeProperties(
        @Valid @NotNull @DefaultValue Artifacts artifacts,
        @Valid @NotNull @DefaultValue Jobs jobs,
        @Valid @NotNull @DefaultValue Kafka kafka,
        @Valid @NotNull @DefaultValue Fetch fetch) {

    /**
     * @param store where artifacts live: {@code filesystem} (under {@code root}: one machine, or a volume every media
     *        worker and gateway mounts) or {@code s3} (a bucket of any S3-compatible object store)
     * @param root the filesystem store's directory
     * @param s3 the S3 store's bucket, key prefix and endpoint
     * @param download how the gateway hands out a file of a store that can presign URLs: {@code redirect} (a 302 to a
     *        short-lived URL of the object store, so the bytes bypass the gateway) or {@code stream} (through the
     *        gateway); a store without such URLs (filesystem) is always streamed
     * @param sweepInterval how often the gateway deletes the files of jobs whose record has expired (the job's
     *        {@code reelforge.jobs.retention})
     */
    public record Artifacts(
            @NotNull @DefaultValue("filesystem") StoreKind store,
            @NotNull @DefaultValue("data/artifacts") Path root,
            @Valid @NotNull @DefaultValue S3 s3,
            @NotNull @DefaultValue("redirect") Download download,
            @NotNull @DefaultValue("1h") Duration sweepInterval) {

        public Artifacts {
            if (store == StoreKind.S3 && (s3.bucket() == null || s3.bucket().isBlank())) {
                throw new IllegalArgumentException(
                        "reelforge.artifacts.s3.bucket must be set when reelforge.artifacts.store is s3");
            }
            if (!sweepInterval.isPositive()) {
                throw new IllegalArgumentException("reelforge.artifacts.sweep-interval must be positive");
            }
        }
    }

    public enum StoreKind { FILESYSTEM, S3 }

    public enum Download { REDIRECT, STREAM }

    /**
     * An S3 bucket. Credentials come from the AWS SDK's default chain ({@code AWS_ACCESS_KEY_ID} and
     * {@code AWS_SECRET_ACCESS_KEY}, a web identity token on Kubernetes, an instance profile), never from here.
     *
     * @param bucket the bucket; it must exist (the services do not create buckets)
     * @param prefix put before every key ({@code <prefix><jobId>/<name>}): empty, or ending in {@code /}
     * @param endpoint the store's URL when it is not AWS (MinIO, Ceph, R2: {@code http://minio:9000})
     * @param pathStyle address the bucket in the path ({@code endpoint/bucket/key}) rather than the host name, as
     *        most S3-compatible servers want
     * @param region the region requests are signed for
     * @param presignTtl how long a presigned download URL works (at most 7 days, SigV4's limit)
     */
    public record S3(
            @Nullable String bucket,
            @NotNull @Pattern(regexp = "|[^/].*/", message = "must be empty or a path ending in / (artifacts/)")
            @DefaultValue(DEFAULT_S3_PREFIX) String prefix,
            @Nullable URI endpoint,
            @DefaultValue("false") boolean pathStyle,
            @NotBlank @DefaultValue("us-east-1") String region,
            @NotNull @DefaultValue("15m") Duration presignTtl) {

        public static final String DEFAULT_S3_PREFIX = "artifacts/";
        static final Duration MAX_PRESIGN_TTL = Duration.ofDays(7);

        public S3 {
            if (!presignTtl.isPositive() || presignTtl.compareTo(MAX_PRESIGN_TTL) > 0) {
                throw new IllegalArgumentException(
                        "reelforge.artifacts.s3.presign-ttl must be positive and at most 7d, not " + presignTtl);
            }
        }
    }

    /**
     * @param retention how long a job's record is kept
     * @param lease how long a worker's claim on a stage holds without a renewal; a live worker renews it every third
     *        of this, so a job whose worker died is noticed this long after the last renewal
     * @param sweepInterval how often the watchdog looks for expired leases (one instance at a time, whichever gets
     *        the lock): a job abandoned by a dead worker is driven again within {@code lease + sweepInterval}
     * @param maxLostRuns how many runs of one stage may be abandoned before the job fails with {@code worker_lost}
     * @param stageLimits how long one run of a stage may hold its claim; past it the lease is no longer renewed
     *        and the watchdog fails the job with {@code timeout} (a backstop for a worker that hangs while alive)
     */
    public record Jobs(
            @NotNull @DefaultValue("7d") Duration retention,
            @NotNull @DefaultValue("30s") Duration lease,
            @NotNull @DefaultValue("10s") Duration sweepInterval,
            @Min(1) @DefaultValue("3") int maxLostRuns,
            @Valid @NotNull @DefaultValue StageLimits stageLimits) {

        public Jobs {
            if (!lease.isPositive()) {
                throw new IllegalArgumentException("reelforge.jobs.lease must be positive, not " + lease);
            }
            if (!sweepInterval.isPositive()) {
                throw new IllegalArgumentException("reelforge.jobs.sweep-interval must be positive");
            }
        }
    }

    /** The longest one run of each stage may take; the media worker's own render-timeout is normally shorter. */
    public record StageLimits(
            @NotNull @DefaultValue("3m") Duration scraping,
            @NotNull @DefaultValue("5m") Duration scripting,
            @NotNull @DefaultValue("20m") Duration rendering) {

        public Duration of(io.reelforge.common.job.JobStatus stage) {
            return switch (stage) {
                case SCRAPING -> scraping;
                case SCRIPTING -> scripting;
                case RENDERING -> rendering;
                default -> throw new IllegalArgumentException(stage + " is not a stage");
            };
        }
    }

    /**
     * @param partitions partitions of each stage topic (and of its retry and dead-letter topics): the most consumer
     *        threads of one kind, over all workers, that can share the work (see {@link ConsumerThreads})
     * @param maxAttempts attempts of a stage before its message goes to the dead-letter topic; each retry waits on
     *        a retry topic of its own, so it never holds the stage topic's partition
     * @param initialBackoff the wait before the first retry, multiplied by {@code backoffMultiplier} for each next
     *        one, up to {@code maxBackoff}
     * @param retryConcurrency consumer threads per worker for each retry topic: retries are rare, and a retry that
     *        is slow again holds only other retries
     */
    public record Kafka(
            @Min(1) @DefaultValue("6") int partitions,
            @Min(1) @DefaultValue("1") short replicationFactor,
            @Min(1) @DefaultValue("3") int maxAttempts,
            @NotNull @DefaultValue("1s") Duration initialBackoff,
            @DecimalMin("1.0") @DefaultValue("2.0") double backoffMultiplier,
            @NotNull @DefaultValue("30s") Duration maxBackoff,
            @Min(1) @DefaultValue("1") int retryConcurrency) {
    }

    /**
     * @param allowedHosts hosts (or IP literals) exempt from the private-address rule: for tests and the demo's
     *        loopback store; never set it to reach internal services in production
     */
    public record Fetch(
            @NotNull @DefaultValue("5s") Duration connectTimeout,
            @NotNull @DefaultValue("20s") Duration timeout,
            @Min(1024) @DefaultValue("5242880") long maxBytes,
            @Min(0) @DefaultValue("5") int maxRedirects,
            @NotNull @DefaultValue List<String> allowedHosts,
            @NotNull @DefaultValue("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Reelforge/0.1") String userAgent,
            @NotNull @DefaultValue("en-US,en;q=0.9") String acceptLanguage) {

        /** The same settings with a caller's own deadline and size cap (a feed is larger, an image quicker). */
        public Fetch limitedTo(Duration timeout, long maxBytes) {
            return new Fetch(connectTimeout, timeout, maxBytes, maxRedirects, allowedHosts, userAgent,
                    acceptLanguage);
        }
    }
}
