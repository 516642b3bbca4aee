package io.reelforge.standalone.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What a chaos run does and when, drawn from one seed before it starts, so that a run can be repeated: which
 * process is killed at which moment and for how long it stays down, and which job is submitted when, by which tenant.
 * Every kind of process is killed at least once; a kind is killed again only after all others have been.
 *
 * @param kills in the order they happen
 * @param submissions in the order they happen, drawn for three times the duration: the run submits them until its
 *        chaos is over, which can be later than planned when restarts are slow (a kill waits for the system to
 *        settle after the previous restart)
 */
record ChaosPlan(long seed, Duration duration, List<Kill> kills, List<Submission> submissions) {

    /** The mean time between two kills; a short run still kills each kind once. */
    static final Duration KILL_SPACING = Duration.ofSeconds(40);
    /** Kills leave the first moments alone: jobs are flowing before the first one. */
    static final Duration WARM_UP = Duration.ofSeconds(10);
    static final Duration MIN_DOWN = Duration.ofSeconds(1);
    static final Duration MAX_DOWN = Duration.ofSeconds(10);
    /** Submissions come every 1.5 to 4.5 s: about 20 jobs a minute, a third of them videos. */
    static final Duration MIN_GAP = Duration.ofMillis(1500);
    static final Duration MAX_GAP = Duration.ofMillis(4500);
    static final double VIDEO_SHARE = 0.35;

    record Kill(Duration at, ProcessKind kind, Duration down) {
    }

    enum JobType { VIDEO, SCRAPE }

    /** @param key the submission's {@code Idempotency-Key}: the same on each retry of this submission */
    record Submission(Duration at, int tenant, JobType type, String key) {
    }

    static ChaosPlan draw(long seed, Duration duration) {
        Random random = new Random(seed);
        List<ProcessKind> kinds = Arrays.asList(ProcessKind.values());
        int count = (int) Math.max(kinds.size(), duration.toMillis() / KILL_SPACING.toMillis());
        long slot = (duration.toMillis() - WARM_UP.toMillis()) / count;
        List<Kill> kills = new ArrayList<>();
        List<ProcessKind> round = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (round.isEmpty()) {
                round.addAll(kinds);
                Collections.shuffle(round, random);
            }
            long at = WARM_UP.toMillis() + slot * i + (long) (slot * (0.2 + 0.6 * random.nextDouble()));
            long down = between(random, MIN_DOWN, MAX_DOWN);
            kills.add(new Kill(Duration.ofMillis(at), round.removeFirst(), Duration.ofMillis(down)));
        }
        List<Submission> submissions = new ArrayList<>();
        long until = duration.multipliedBy(3).toMillis();
        for (long at = between(random, MIN_GAP, MAX_GAP); at < until; at += between(random, MIN_GAP, MAX_GAP)) {
            JobType type = random.nextDouble() < VIDEO_SHARE ? JobType.VIDEO : JobType.SCRAPE;
            String key = "chaos-" + seed + "-" + submissions.size();
            submissions.add(new Submission(Duration.ofMillis(at), random.nextInt(2), type, key));
        }
        return new ChaosPlan(seed, duration, List.copyOf(kills), List.copyOf(submissions));
    }

    private static long between(Random random, Duration low, Duration high) {
        return low.toMillis() + (long) (random.nextDouble() * (high.toMillis() - low.toMillis()));
    }
}
