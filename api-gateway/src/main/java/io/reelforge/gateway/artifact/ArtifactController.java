package io.reelforge.gateway.artifact;

import io.reelforge.common.artifact.ArtifactNames;
import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.auth.Caller;
import io.reelforge.gateway.job.JobQueryService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves a job's files from the artifact store. Returning a {@link Resource} lets Spring MVC answer
 * {@code Range} requests (206 with {@code Content-Range}), so players can seek in the MP4 and downloads resume;
 * the ETag and Last-Modified let clients revalidate instead of downloading again. The range is checked here first:
 * left to the message converter, a range it cannot serve would get a 416 with the whole file as its body.
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
    @ApiResponse(responseCode = "304", description = "The file has not changed since the ETag or date given")
    @ApiResponse(responseCode = "404", description = "No such job or file")
    @ApiResponse(responseCode = "416", description = "The range lies outside the file, is malformed or has more than"
            + " 100 parts; Content-Range gives the file's length", headers = @Header(name = HttpHeaders.CONTENT_RANGE,
            description = "bytes */<length>", schema = @Schema(type = "string", example = "bytes */1048576")))
    @Nullable ResponseEntity<Resource> download(Caller caller, @PathVariable String id, @PathVariable String name,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range,
            WebRequest request) throws IOException {
        jobs.find(caller.tenant(), id);
        Path file = store.find(id, name).orElseThrow(() -> new ArtifactNotFoundException(id, name));
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        String etag = '"' + Long.toHexString(size) + "-" + Long.toHexString(modified) + '"';
        if (request.checkNotModified(etag, modified)) {
            return null; // 304: the client's copy is current, whatever range it asks for
        }
        FileSystemResource resource = new FileSystemResource(file);
        checkRange(range, resource, size);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ArtifactNames.contentType(name)))
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .eTag(etag)
                .lastModified(modified)
                .cacheControl(CacheControl.noCache())
                .body(resource);
    }

    /** Refuses, as Spring MVC would, a range it cannot serve; Spring MVC then serves the ones that pass. */
    private static void checkRange(@Nullable String range, Resource resource, long size) {
        if (range == null) {
            return;
        }
        try {
            HttpRange.toResourceRegions(HttpRange.parseRanges(range), resource);
        } catch (IllegalArgumentException e) {
            throw new RangeNotSatisfiableException(size, String.valueOf(e.getMessage()));
        }
    }
}
