package io.reelforge.gateway.idempotency;

import io.reelforge.common.job.Job;
import io.reelforge.gateway.job.InvalidFieldException;
import io.reelforge.gateway.job.JobQueryService;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The {@code Idempotency-Key} header (IETF draft) on the routes that create work: the same key with the same body
 * answers with the original job instead of creating another; with another body it is refused (422); while the
 * first request is still being handled, a repeat is refused (409). Without the header a request simply runs.
 */
@Service
public class IdempotentSubmissions {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final JobQueryService jobs;

    IdempotentSubmissions(IdempotencyStore store, JobQueryService jobs) {
        this.store = store;
        this.jobs = jobs;
    }

    /** A job and whether it is the original of an earlier identical request rather than a new one. */
    public record Outcome(Job job, boolean replayed) {
    }

    public Outcome submit(String tenant, @Nullable String key, String route, Object body, Supplier<Job> work) {
        Replay<Job> replay = run(tenant, key, route, body, work, Job::id, id -> jobs.find(tenant, id));
        return new Outcome(replay.value(), replay.replayed());
    }

    /** Something a request created, and whether it is the original of an earlier identical request. */
    public record Replay<T>(T value, boolean replayed) {
    }

    /**
     * The same rules for any route that creates one thing with an id (a job, a batch): {@code work} runs once per
     * key, and a repeat with the same body answers with what the first made, found again by its id.
     */
    public <T> Replay<T> run(String tenant, @Nullable String key, String route, Object body, Supplier<T> work,
            Function<T, String> idOf, Function<String, T> find) {
        if (key == null) {
            return new Replay<>(work.get(), false);
        }
        checkKey(key);
        String fingerprint = RequestFingerprint.of(route, body);
        Optional<String> original = store.claim(tenant, key, fingerprint);
        if (original.isPresent()) {
            return new Replay<>(find.apply(original.get()), true);
        }
        T created;
        try {
            created = work.get();
        } catch (RuntimeException e) {
            try {
                store.release(tenant, key); // nothing was created: the client may send the same request again
            } catch (RuntimeException releaseFailed) {
                // Redis went down meanwhile: the in-flight marker expires by itself; answer with the first failure
                e.addSuppressed(releaseFailed);
            }
            throw e;
        }
        store.complete(tenant, key, fingerprint, idOf.apply(created));
        return new Replay<>(created, false);
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidFieldException(HEADER, "must be 1 to 255 visible ASCII characters");
        }
    }
}
