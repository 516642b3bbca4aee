package io.reelforge.common.job;

/** A file a job produced, stored under the job's id in the artifact store. */
public record Artifact(String name, String contentType, long size) {
}
