package io.reelforge.standalone.chaos;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What became of a chaos run's jobs, read back through the API once they have had time to finish:
 * <ul>
 * <li><b>lost</b>: accepted (202) but unknown to the gateway at the end;
 * <li><b>stuck</b>: not in a final state at the end of the drain;
 * <li><b>completed twice</b>: final events of two job versions, an artifact written after the job had finished
 *     (a second run of a stage that completed), or one submission that two jobs carried out;
 * <li><b>jobs made for a request that got no 202</b>: jobs of our tenants that no answer named (a request that
 *     failed or timed out, made anyway); one submission carried out by two jobs counts as completed twice;
 * <li><b>recovery</b> of each kill: from the restart of the process to the first work of its kind seen done after it
 *     (a stage completed by that worker, a job accepted by the gateway, any job change for Kafka and Redis).
 * </ul>
 */
final class ChaosReport {

    private static final Set<String> FINAL = Set.of("succeeded", "failed", "canceled");
    private static final Duration POLL = Duration.ofSeconds(2);

    private final StringBuilder text = new StringBuilder();
    private boolean clean = true;

    private ChaosReport() {
    }

    static ChaosReport collect(Ledger ledger, EventWatcher events, JobClient client, List<String> keys, Path artifacts,
            Duration drain, Instant begin) throws InterruptedException {
        Map<String, String> accepted = new LinkedHashMap<>();
        Map<String, Integer> refused = new TreeMap<>();
        Map<String, Integer> retried = new TreeMap<>();
        for (Ledger.Entry entry : ledger.entries()) {
            switch (entry.outcome()) {
                case JobClient.Accepted yes -> {
                    accepted.put(yes.id(), keys.get(entry.submission().tenant()));
                    yes.errors().forEach(error -> retried.merge(error, 1, Integer::sum));
                }
                case JobClient.Refused no -> refused.merge(no.reason(), 1, Integer::sum);
            }
        }
        // every job of our tenants: the accepted ones, and any the gateway made for a request it gave no 202
        Map<String, String> all = new LinkedHashMap<>(accepted);
        ChaosReport report = new ChaosReport();
        for (String key : keys) {
            try {
                client.jobIds(key).forEach(id -> all.putIfAbsent(id, key));
            } catch (IOException e) {
                report.line("(could not list a tenant's jobs: %s)", e.getMessage());
            }
        }
        Reading reading = drain(all, client, drain);
        report.kills(ledger, events, begin);
        report.jobs(ledger, accepted.keySet(), refused, retried, all.keySet(), reading, events, artifacts);
        return report;
    }

    /**
     * Every job as last read, and the jobs the gateway answered 404 for last time (lost: a job the gateway never
     * answered for at all is neither).
     */
    private record Reading(Map<String, JsonNode> last, Set<String> notFound) {
    }

    /** Reads every job until all are final or the drain time is over. */
    private static Reading drain(Map<String, String> keyOf, JobClient client, Duration drain)
            throws InterruptedException {
        Reading reading = new Reading(new LinkedHashMap<>(), new HashSet<>());
        Set<String> pending = new HashSet<>(keyOf.keySet());
        long deadline = System.nanoTime() + drain.toNanos();
        do {
            for (String id : List.copyOf(pending)) {
                try {
                    Optional<JsonNode> job = client.job(id, keyOf.get(id));
                    if (job.isPresent()) {
                        reading.last().put(id, job.get());
                        reading.notFound().remove(id);
                        if (FINAL.contains(status(job.get()))) {
                            pending.remove(id);
                        }
                    } else {
                        reading.last().remove(id);
                        reading.notFound().add(id);
                    }
                } catch (IOException e) {
                    // the gateway is not answering at this moment: ask again next round
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(POLL.toMillis());
            }
        } while (!pending.isEmpty() && System.nanoTime() < deadline);
        return reading;
    }

    private void kills(Ledger ledger, EventWatcher events, Instant begin) {
        line("kills (kill -9, then a restart; back to work: from the restart to the first work of that kind done)");
        line("  %8s  %-8s %8s %12s %14s", "at", "process", "down", "ready after", "back to work");
        Duration longest = Duration.ZERO;
        String longestWhat = "none";
        for (Ledger.KillRecord kill : ledger.kills()) {
            Optional<Instant> back = kill.kind() == ProcessKind.GATEWAY ? ledger.firstAcceptedAfter(kill.restartedAt())
                    : events.firstWorkAfter(kill.kind(), kill.restartedAt());
            String ready = kill.readyAt() == null ? "never" : seconds(Duration.between(kill.restartedAt(), kill.readyAt()));
            String backText = back.map(at -> seconds(Duration.between(kill.restartedAt(), at)))
                    .orElse("no work of its kind followed");
            line("  %7.1fs  %-8s %8s %12s %14s", Duration.between(begin, kill.killedAt()).toMillis() / 1e3,
                    kill.kind().displayName(), seconds(Duration.between(kill.killedAt(), kill.restartedAt())), ready,
                    backText);
            if (back.isPresent() && Duration.between(kill.restartedAt(), back.get()).compareTo(longest) > 0) {
                longest = Duration.between(kill.restartedAt(), back.get());
                longestWhat = kill.kind().displayName() + " killed at "
                        + seconds(Duration.between(begin, kill.killedAt()));
            }
        }
        Map<ProcessKind, Long> perKind = new TreeMap<>();
        ledger.kills().forEach(k -> perKind.merge(k.kind(), 1L, Long::sum));
        line("  killed: %s", perKind.entrySet().stream().map(e -> e.getKey().displayName() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        if (!ledger.skipped().isEmpty()) {
            line("  not killed, no time left (restarts too slow): %s", ledger.skipped().stream()
                    .map(k -> k.kind().displayName()).collect(Collectors.joining(", ")));
        }
        line("longest recovery: %s (%s)", seconds(longest), longestWhat);
    }

    private void jobs(Ledger ledger, Set<String> accepted, Map<String, Integer> refused, Map<String, Integer> retried,
            Set<String> all, Reading reading, EventWatcher events, Path artifacts) {
        Map<String, JsonNode> last = reading.last();
        List<Ledger.Entry> entries = ledger.entries();
        long videos = entries.stream().filter(e -> e.submission().type() == ChaosPlan.JobType.VIDEO).count();
        line("jobs (%d submitted by 2 tenants: %d videos, %d scrapes)", entries.size(), videos, entries.size() - videos);
        line("  accepted %d, refused %d%s", accepted.size(), refused.values().stream().mapToInt(Integer::intValue).sum(),
                refused.isEmpty() ? "" : " (after retrying " + JobClient.RETRY_FOR.toSeconds() + " s: " + refused + ")");
        if (!retried.isEmpty()) {
            line("  answers before a 202, retried with the same Idempotency-Key: %s", retried);
        }
        List<String> lost = accepted.stream().filter(reading.notFound()::contains).toList();
        List<String> unread = all.stream().filter(id -> !last.containsKey(id) && !reading.notFound().contains(id))
                .toList();
        line("  accepted jobs: %s", outcomes(accepted, last));
        Set<String> unanswered = new LinkedHashSet<>(all);
        unanswered.removeAll(accepted);
        line("  jobs made for a request that got no 202: %d%s", unanswered.size(),
                unanswered.isEmpty() ? "" : ": " + outcomes(unanswered, last));
        List<String> stuck = all.stream().map(last::get).filter(j -> j != null && !FINAL.contains(status(j)))
                .map(ChaosReport::describe).toList();
        List<String> twice = new ArrayList<>();
        events.finishedTwice().forEach((id, versions) -> twice.add(id + ": final events of versions " + versions));
        last.values().forEach(job -> rewrittenAfterFinishing(job, artifacts).ifPresent(twice::add));
        twice.addAll(oneRequestDoneTwice(last.values()));
        line("  lost %d, stuck %d, completed twice %d", lost.size(), stuck.size(), twice.size());
        lost.forEach(id -> line("  lost: %s", id));
        unread.forEach(id -> line("  never read (the gateway did not answer for it): %s", id));
        stuck.forEach(j -> line("  stuck: %s", j));
        twice.forEach(t -> line("  completed twice: %s", t));
        clean = lost.isEmpty() && unread.isEmpty() && stuck.isEmpty() && twice.isEmpty();
    }

    /** "succeeded 31, failed 2 {fetch_failed=2}, canceled 0, not final 1" of these jobs. */
    private static String outcomes(Set<String> ids, Map<String, JsonNode> last) {
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> failedByCode = new TreeMap<>();
        for (String id : ids) {
            JsonNode job = last.get(id);
            if (job == null) {
                continue;
            }
            String status = status(job);
            byStatus.merge(FINAL.contains(status) ? status : "not final", 1, Integer::sum);
            if (status.equals("failed")) {
                failedByCode.merge(job.path("error").path("code").asString("?"), 1, Integer::sum);
            }
        }
        return "succeeded " + byStatus.getOrDefault("succeeded", 0) + ", failed " + byStatus.getOrDefault("failed", 0)
                + (failedByCode.isEmpty() ? "" : " " + failedByCode) + ", canceled " + byStatus.getOrDefault("canceled", 0)
                + (byStatus.containsKey("not final") ? ", not final " + byStatus.get("not final") : "");
    }

    /**
     * One submission (one Idempotency-Key, named in the page URL's {@code chaos} parameter) that two jobs carried
     * out: the gateway made a job, answered no 202, made another on the retry, and both ran.
     */
    static List<String> oneRequestDoneTwice(Collection<JsonNode> jobs) {
        Map<String, List<String>> succeededBySubmission = new TreeMap<>();
        for (JsonNode job : jobs) {
            String url = job.path("request").path("url").asString("");
            int at = url.indexOf("chaos=");
            if (at >= 0 && status(job).equals("succeeded")) {
                succeededBySubmission.computeIfAbsent(url.substring(at + 6), k -> new ArrayList<>())
                        .add(job.path("id").asString());
            }
        }
        List<String> twice = new ArrayList<>();
        succeededBySubmission.forEach((submission, ids) -> {
            if (ids.size() > 1) {
                twice.add("submission " + submission + " succeeded as " + ids.size() + " jobs " + ids);
            }
        });
        return twice;
    }

    private static String status(JsonNode job) {
        return job.path("status").asString();
    }

    private static String describe(JsonNode job) {
        JsonNode run = job.path("history").isEmpty() ? null : job.path("history").get(job.path("history").size() - 1);
        return job.path("id").asString() + " " + job.path("kind").asString() + " " + job.path("status").asString()
                + " at " + job.path("progress").asInt() + " %, updated " + job.path("updatedAt").asString()
                + (run == null ? "" : ", last run " + run.path("stage").asString() + " claimed "
                + run.path("claimedAt").asString("never") + " by " + run.path("worker").asString("nobody"));
    }

    /** An artifact of a finished job modified after it finished: a second run of its last stage completed. */
    static Optional<String> rewrittenAfterFinishing(JsonNode job, Path artifacts) {
        String finished = job.path("finishedAt").asString("");
        Path dir = artifacts.resolve(job.path("id").asString());
        if (finished.isEmpty() || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Instant finishedAt = Instant.parse(finished);
        for (JsonNode artifact : job.path("results").path("artifacts")) {
            Path file = dir.resolve(artifact.path("name").asString());
            try {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                if (modified.isAfter(finishedAt)) {
                    return Optional.of(job.path("id").asString() + ": " + file.getFileName() + " written at " + modified
                            + ", after the job finished at " + finishedAt);
                }
            } catch (IOException e) {
                // an artifact the job names but the folder lacks is not this check's business
            }
        }
        return Optional.empty();
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1e3);
    }

    private void line(String format, Object... args) {
        text.append(String.format(format, args)).append(System.lineSeparator());
    }

    /** Whether no job was lost, stuck, completed twice or created without an answer. */
    boolean clean() {
        return clean;
    }

    void print(PrintStream out) {
        out.print(text);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
