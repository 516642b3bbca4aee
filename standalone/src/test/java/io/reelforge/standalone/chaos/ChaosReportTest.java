package io.reelforge.standalone.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** How the chaos run tells a job done twice from the API's answers and the artifacts on disk. */
class ChaosReportTest {

    private static JsonNode job(String id, String status, String submission) {
        return Json.mapper().readTree("""
                {"id": "%s", "status": "%s", "request": {"url": "http://127.0.0.1:1/p?chaos=%s"}}
                """.formatted(id, status, submission));
    }

    @Test
    void oneSubmissionThatTwoJobsCarriedOutIsCompletedTwice() {
        List<String> twice = ChaosReport.oneRequestDoneTwice(List.of(job("a", "succeeded", "chaos-1-4"),
                job("b", "succeeded", "chaos-1-4"), job("c", "succeeded", "chaos-1-5")));

        assertThat(twice).singleElement().asString().contains("chaos-1-4").contains("[a, b]");
    }

    @Test
    void aSubmissionWhoseExtraJobFailedOrWaitsIsNotCompletedTwice() {
        assertThat(ChaosReport.oneRequestDoneTwice(List.of(job("a", "succeeded", "chaos-1-4"),
                job("b", "failed", "chaos-1-4"), job("c", "queued", "chaos-1-4")))).isEmpty();
    }

    @Test
    void anArtifactWrittenAfterItsJobFinishedShowsASecondRunCompleted(@TempDir Path artifacts) throws Exception {
        Instant finished = Instant.parse("2026-12-03T10:00:00Z");
        JsonNode job = Json.mapper().readTree("""
                {"id": "j1", "status": "succeeded", "finishedAt": "%s",
                 "results": {"artifacts": [{"name": "video.mp4"}, {"name": "thumbnail.jpg"}]}}
                """.formatted(finished));
        Path dir = Files.createDirectories(artifacts.resolve("j1"));
        Files.setLastModifiedTime(Files.writeString(dir.resolve("thumbnail.jpg"), "t"),
                FileTime.from(finished.minusSeconds(1)));
        Path video = Files.writeString(dir.resolve("video.mp4"), "v");
        Files.setLastModifiedTime(video, FileTime.from(finished.minusSeconds(1)));

        assertThat(ChaosReport.rewrittenAfterFinishing(job, artifacts)).isEmpty();

        Files.setLastModifiedTime(video, FileTime.from(finished.plusSeconds(30)));

        assertThat(ChaosReport.rewrittenAfterFinishing(job, artifacts)).hasValueSatisfying(
                text -> assertThat(text).startsWith("j1: video.mp4 written at"));
    }
}
