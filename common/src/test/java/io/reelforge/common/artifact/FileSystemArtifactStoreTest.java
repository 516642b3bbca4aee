package io.reelforge.common.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemArtifactStoreTest extends ArtifactStoreContract {

    @TempDir
    Path root;

    @Override
    protected FileSystemArtifactStore store() {
        return new FileSystemArtifactStore(root);
    }

    @Test
    void aWriteLeavesNoTemporaryFilesBehind() throws IOException {
        store().write("job-1", "captions.vtt", bytes("one"));
        store().write("job-1", "captions.vtt", bytes("two"));

        try (var files = Files.list(root.resolve("job-1"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("captions.vtt");
        }
    }

    @Test
    void foldersThatAreNoJobsAreNotListedAsJobs() throws IOException {
        Files.createDirectories(root.resolve(".speech-cache"));
        store().write("job-1", "video.mp4", bytes("frames"));

        assertThat(store().jobIds()).containsExactly("job-1");
    }

    @Test
    void deletingAJobRemovesItsFolder() throws IOException {
        store().write("job-3", "video.mp4", bytes("frames"));

        store().deleteAll("job-3");

        assertThat(root.resolve("job-3")).doesNotExist();
    }

    @Test
    void aFileHasNoPresignedUrl() throws IOException {
        store().write("job-1", "video.mp4", bytes("frames"));

        assertThat(store().find("job-1", "video.mp4").orElseThrow().presignedUrl()).isEmpty();
    }

    @Test
    void contentTypesFollowTheExtension() {
        assertThat(ArtifactNames.contentType("video.mp4")).isEqualTo("video/mp4");
        assertThat(ArtifactNames.contentType("thumbnail.jpg")).isEqualTo("image/jpeg");
        assertThat(ArtifactNames.contentType("captions.vtt")).isEqualTo("text/vtt");
    }
}
