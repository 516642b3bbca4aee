package io.reelforge.gateway.artifact;

/** The job has no file of that name (yet, or ever). */
public class ArtifactNotFoundException extends RuntimeException {

    public ArtifactNotFoundException(String jobId, String name) {
        super("job " + jobId + " has no artifact named " + name);
    }
}
