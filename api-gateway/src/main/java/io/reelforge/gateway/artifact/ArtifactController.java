package io.reelforge.gateway.artifact;

import io.reelforge.common.artifact.ArtifactNames;
import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.auth.Caller;
import io.reelforge.gateway.job.JobQueryService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a job's files from the artifact store. Returning a {@link Resource} lets Spring MVC answer
 * {@code Range} requests (206 with {@code Content-Range}), so players can seek in the MP4 and downloads resume;
 * the ETag and Last-Modified let clients revalidate instead of downloading again.
 */
@RestController
@Tag(name = "Artifacts", description = "Download what a job produced")
class ArtifactController {

    private final ArtifactStore store;
    private final JobQueryService jobs;

    ArtifactController(ArtifactStore store, JobQueryService jobs) {
        this.store = store;
        this.jobs = jobs;
    }

    @GetMapping(ApiPaths.ARTIFACT)
    @Operation(summary = "Download a job's file (video.mp4, thumbnail.jpg, ...); supports HTTP Range")
    @ApiResponse(responseCode = "200", description = "The whole file")
    @ApiResponse(responseCode = "206", description = "The requested byte range")
    @ApiResponse(responseCode = "404", description = "No such job or file")
    ResponseEntity<Resource> download(Caller caller, @PathVariable String id, @PathVariable String name)
            throws IOException {
        jobs.find(caller.tenant(), id);
        Path file = store.find(id, name).orElseThrow(() -> new ArtifactNotFoundException(id, name));
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ArtifactNames.contentType(name)))
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .eTag('"' + Long.toHexString(size) + "-" + Long.toHexString(modified) + '"')
                .lastModified(modified)
                .cacheControl(CacheControl.noCache())
                .body(new FileSystemResource(file));
    }
}
