package io.reelforge.common.job;

public class JobNotFoundException extends RuntimeException {
    public JobNotFoundException(String id) {
        super("no job " + id);
    }
}
