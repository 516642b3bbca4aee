package io.reelforge.common.artifact;

import java.util.regex.Pattern;

/**
 * The names the artifact store accepts. Job ids and file names are checked against short allowlists rather
 * than cleaned, so no name (dots, slashes, encoded separators, NUL) can reach outside the store's root.
 */
public final class ArtifactNames {

    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}(\\.[A-Za-z0-9]{1,8})?");

    private ArtifactNames() {
    }

    public static boolean isValidJobId(String jobId) {
        return jobId != null && JOB_ID.matcher(jobId).matches();
    }

    public static boolean isValidName(String name) {
        return name != null && FILE_NAME.matcher(name).matches();
    }

    static void check(String jobId, String name) {
        if (!isValidJobId(jobId)) {
            throw new IllegalArgumentException("invalid job id for an artifact: " + jobId);
        }
        if (!isValidName(name)) {
            throw new IllegalArgumentException("invalid artifact name: " + name);
        }
    }

    /** How a client should be told to show an artifact: inline, under its own name (allowlisted: no quoting needed). */
    public static String inlineDisposition(String name) {
        return "inline; filename=\"" + name + "\"";
    }

    /** The content type a client should be given for an artifact name. */
    public static String contentType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".mp4")) {
            return "video/mp4";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".vtt")) {
            return "text/vtt";
        }
        if (lower.endsWith(".srt")) {
            return "application/x-subrip";
        }
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        if (lower.endsWith(".wav")) {
            return "audio/wav";
        }
        return "application/octet-stream";
    }
}
