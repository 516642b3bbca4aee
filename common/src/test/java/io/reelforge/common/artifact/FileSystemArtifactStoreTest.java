package io.reelforge.common.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSystemArtifactStoreTest {

    @TempDir
    Path root;

    private FileSystemArtifactStore store() {
        return new FileSystemArtifactStore(root);
    }

    @Test
    void aWrittenArtifactCanBeFoundWithItsContent() throws Exception {
        long size = store().write("job-1", "video.mp4", new ByteArrayInputStream("frames".getBytes()));
        assertThat(size).isEqualTo(6);
        assertThat(store().find("job-1", "video.mp4")).hasValueSatisfying(
                p -> assertThat(p).hasContent("frames"));
    }

    @Test
    void aSecondWriteReplacesTheFirstWithoutLeavingTemporaryFiles() throws Exception {
        store().write("job-1", "captions.vtt", new ByteArrayInputStream("one".getBytes()));
        store().write("job-1", "captions.vtt", new ByteArrayInputStream("two".getBytes()));
        assertThat(store().find("job-1", "captions.vtt").orElseThrow()).hasContent("two");
        try (var files = Files.list(root.resolve("job-1"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("captions.vtt");
        }
    }

    @Test
    void importingMovesAFinishedFileIntoPlace() throws Exception {
        Path rendered = Files.writeString(Files.createTempFile(root, "render", ".mp4"), "mp4 bytes");
        store().importFile("job-2", "video.mp4", rendered);
        assertThat(rendered).doesNotExist();
        assertThat(store().find("job-2", "video.mp4").orElseThrow()).hasContent("mp4 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret", "..", ".hidden", "a/b.mp4", "a\\b", "video.mp4\u0000.txt", "%2e%2e", ""})
    void namesThatCouldEscapeTheRootAreRefused(String name) {
        assertThatThrownBy(() -> store().write("job-1", name, new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().find("job-1", name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../job", "..", "a/b", "/etc"})
    void jobIdsThatCouldEscapeTheRootAreRefused(String jobId) {
        assertThatThrownBy(() -> store().write(jobId, "video.mp4", new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().find(jobId, "video.mp4")).isEmpty();
    }

    @Test
    void deletingAJobRemovesAllItsFiles() throws Exception {
        store().write("job-3", "video.mp4", new ByteArrayInputStream(new byte[10]));
        store().write("job-3", "thumbnail.jpg", new ByteArrayInputStream(new byte[10]));
        store().deleteAll("job-3");
        assertThat(root.resolve("job-3")).doesNotExist();
    }

    @Test
    void contentTypesFollowTheExtension() {
        assertThat(ArtifactNames.contentType("video.mp4")).isEqualTo("video/mp4");
        assertThat(ArtifactNames.contentType("thumbnail.jpg")).isEqualTo("image/jpeg");
        assertThat(ArtifactNames.contentType("captions.vtt")).isEqualTo("text/vtt");
    }
}
