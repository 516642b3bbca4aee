package io.reelforge.common.job;

/** A move the transition table does not allow; names both states so the log says what was attempted. */
public class IllegalJobTransitionException extends IllegalStateException {
    private final JobStatus from;
    private final JobStatus to;

    public IllegalJobTransitionException(String jobId, JobStatus from, JobStatus to) {
        super("job " + jobId + " cannot move from " + from.wireName() + " to " + to.wireName());
        this.from = from;
        this.to = to;
    }

    public JobStatus from() {
        return from;
    }

    public JobStatus to() {
        return to;
    }
}
