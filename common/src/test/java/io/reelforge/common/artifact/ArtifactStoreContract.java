package io.reelforge.common.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The behaviour every {@link ArtifactStore} must have; each implementation's test extends this. */
public abstract class ArtifactStoreContract {

    @TempDir
    protected Path local;

    protected abstract ArtifactStore store();

    /** A job id no other test (of any run against a shared server) writes under. */
    protected static String newJobId() {
        return "job-" + UUID.randomUUID();
    }

    @Test
    void aWrittenArtifactIsFoundWithItsSizeTypeAndContent() throws IOException {
        String job = newJobId();

        long size = store().write(job, "video.mp4", bytes("frames"));

        assertThat(size).isEqualTo(6);
        StoredArtifact found = store().find(job, "video.mp4").orElseThrow();
        assertThat(found.name()).isEqualTo("video.mp4");
        assertThat(found.size()).isEqualTo(6);
        assertThat(content(found, 0)).isEqualTo("frames");
    }

    @Test
    void aSecondWriteReplacesTheFirstAndChangesTheEtag() throws IOException {
        String job = newJobId();
        store().write(job, "captions.vtt", bytes("one"));
        String first = store().find(job, "captions.vtt").orElseThrow().etag();

        store().write(job, "captions.vtt", bytes("second"));

        StoredArtifact found = store().find(job, "captions.vtt").orElseThrow();
        assertThat(content(found, 0)).isEqualTo("second");
        assertThat(found.etag()).isNotEqualTo(first).startsWith("\"").endsWith("\"");
    }

    @Test
    void importingMovesAFinishedFileIntoTheStore() throws IOException {
        String job = newJobId();
        Path rendered = Files.writeString(local.resolve("render.mp4"), "mp4 bytes");

        long size = store().importFile(job, "video.mp4", rendered);

        assertThat(size).isEqualTo(9);
        assertThat(rendered).doesNotExist();
        assertThat(content(store().find(job, "video.mp4").orElseThrow(), 0)).isEqualTo("mp4 bytes");
    }

    @Test
    void anArtifactReadsFromAnyOffsetAndIsEmptyAtTheEnd() throws IOException {
        String job = newJobId();
        store().write(job, "video.mp4", bytes("0123456789"));
        StoredArtifact found = store().find(job, "video.mp4").orElseThrow();

        assertThat(content(found, 4)).isEqualTo("456789");
        assertThat(content(found, 10)).isEmpty();
    }

    @Test
    void anArtifactWasLastModifiedWhenItWasWritten() throws IOException {
        String job = newJobId();
        // object stores keep whole seconds
        Instant before = Instant.now().minusSeconds(1);
        store().write(job, "thumbnail.jpg", bytes("jpeg"));

        Instant modified = store().find(job, "thumbnail.jpg").orElseThrow().lastModified();

        assertThat(modified).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
    }

    @Test
    void anArtifactNeverWrittenIsNotFound() throws IOException {
        String job = newJobId();
        store().write(job, "video.mp4", bytes("frames"));

        assertThat(store().find(job, "thumbnail.jpg")).isEmpty();
        assertThat(store().find(newJobId(), "video.mp4")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret", "..", ".hidden", "a/b.mp4", "a\\b", "video.mp4\u0000.txt", "%2e%2e", ""})
    void namesThatCouldLeaveTheJobAreRefusedAndNeverFound(String name) throws IOException {
        String job = newJobId();

        assertThatThrownBy(() -> store().write(job, name, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store().find(job, name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../job", "..", "a/b", "/etc", ""})
    void jobIdsThatCouldLeaveTheStoreAreRefusedAndNeverFound(String jobId) throws IOException {
        assertThatThrownBy(() -> store().write(jobId, "video.mp4", bytes("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().find(jobId, "video.mp4")).isEmpty();
    }

    @Test
    void deletingAJobRemovesAllItsFilesAndNoOtherJobs() throws IOException {
        String job = newJobId();
        String other = newJobId();
        store().write(job, "video.mp4", bytes("frames"));
        store().write(job, "thumbnail.jpg", bytes("jpeg"));
        store().write(other, "video.mp4", bytes("kept"));

        store().deleteAll(job);

        assertThat(store().find(job, "video.mp4")).isEmpty();
        assertThat(store().find(job, "thumbnail.jpg")).isEmpty();
        assertThat(store().jobIds()).doesNotContain(job).contains(other);
        assertThat(content(store().find(other, "video.mp4").orElseThrow(), 0)).isEqualTo("kept");
    }

    @Test
    void deletingAJobWithoutFilesDoesNothing() throws IOException {
        store().deleteAll(newJobId());
    }

    @Test
    void theJobIdsAreThoseOfTheJobsWithFiles() throws IOException {
        String first = newJobId();
        String second = newJobId();
        store().write(first, "video.mp4", bytes("a"));
        store().write(second, "video.mp4", bytes("b"));
        store().write(second, "thumbnail.jpg", bytes("c"));

        assertThat(store().jobIds()).containsOnlyOnce(first, second);
    }

    protected static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    protected static String content(StoredArtifact artifact, long offset) throws IOException {
        try (InputStream in = artifact.open(offset)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
