package io.reelforge.standalone.cli;

import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Submit, follow, download: what {@code make} and {@code demo} both do once a gateway is running. */
final class VideoRun {

    private VideoRun() {
    }

    /** Returns the process exit code: 0 when the MP4 was written. */
    static int make(GatewayClient client, VideoOrder order, Path out, Duration timeout) throws Exception {
        long submitted = System.nanoTime();
        JsonNode job = client.submitVideo(order);
        String id = job.path("id").asString();
        System.out.println("job " + id + " accepted for " + order.url());
        JobFollower follower = new JobFollower(client, System.out, System.console() != null, Duration.ofMillis(250));
        JsonNode done = follower.follow(id, timeout);
        double seconds = (System.nanoTime() - submitted) / 1e9;
        String status = done.path("status").asString();
        if (!status.equals("succeeded")) {
            JsonNode error = done.path("error");
            System.err.printf("job %s %s after %.1f s: %s (%s)%n", id, status, seconds,
                    error.path("message").asString("no message"), error.path("code").asString("no code"));
            return 1;
        }
        String link = null;
        for (JsonNode artifact : done.path("results").path("artifacts")) {
            if (artifact.path("name").asString().equals("video.mp4")) {
                link = artifact.path("url").asString();
            }
        }
        if (link == null) {
            System.err.println("job " + id + " succeeded but lists no video.mp4");
            return 1;
        }
        Path target = out != null ? out : Path.of("out", id + ".mp4");
        long bytes = client.download(link, target);
        System.out.printf("job %s succeeded in %.1f s (submit to succeeded); wrote %s (%,d bytes)%n", id, seconds,
                target, bytes);
        return 0;
    }
}
