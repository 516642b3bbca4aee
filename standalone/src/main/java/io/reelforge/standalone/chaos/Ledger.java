package io.reelforge.standalone.chaos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** What the chaos run submitted and what the gateway answered, written by the submitting threads. */
final class Ledger {

    record Entry(ChaosPlan.Submission submission, JobClient.Outcome outcome) {
    }

    /**
     * One kill and restart of a process.
     *
     * @param readyAt when the restarted process said it was ready; {@code null} if it never did
     */
    record KillRecord(ProcessKind kind, Instant killedAt, Instant restartedAt, @Nullable Instant readyAt) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, ChaosPlan.Submission> byJob = new ConcurrentHashMap<>();
    private final List<KillRecord> kills = new ArrayList<>();
    private final List<ChaosPlan.Kill> skipped = new ArrayList<>();

    synchronized void submitted(ChaosPlan.Submission submission, JobClient.Outcome outcome) {
        entries.add(new Entry(submission, outcome));
        if (outcome instanceof JobClient.Accepted accepted) {
            byJob.put(accepted.id(), submission);
        }
    }

    synchronized void killed(KillRecord kill) {
        kills.add(kill);
    }

    /** A planned kill there was no time left for. */
    synchronized void skipped(ChaosPlan.Kill kill) {
        skipped.add(kill);
    }

    synchronized List<ChaosPlan.Kill> skipped() {
        return List.copyOf(skipped);
    }

    Optional<ChaosPlan.JobType> typeOf(String jobId) {
        return Optional.ofNullable(byJob.get(jobId)).map(ChaosPlan.Submission::type);
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    synchronized List<KillRecord> kills() {
        return List.copyOf(kills);
    }

    /** The first job accepted after {@code since}: the gateway back at work. */
    synchronized Optional<Instant> firstAcceptedAfter(Instant since) {
        return entries.stream()
                .map(Entry::outcome)
                .filter(o -> o instanceof JobClient.Accepted)
                .map(o -> ((JobClient.Accepted) o).at())
                .filter(at -> at.isAfter(since))
                .min(Instant::compareTo);
    }
}
