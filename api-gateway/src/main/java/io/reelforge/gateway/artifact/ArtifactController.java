package io.reelforge.gateway.artifact;

import io.reelforge.common.artifact.ArtifactNames;
import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.artifact.StoredArtifact;
import io.reelforge.common.config.ReelforgeProperties;
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
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves a job's files from the artifact store, after the same check as every job read (the caller's tenant owns
 * the job, and its record has not expired). With {@code reelforge.artifacts.download=redirect} and a store that
 * presigns URLs (S3) the answer is a 302 to a short-lived URL of the object itself, which serves Range on its own,
 * so the bytes bypass the gateway. Otherwise the gateway streams the file: returning a {@link Resource} lets Spring
 * MVC answer {@code Range} requests (206 with {@code Content-Range}), so players can seek in the MP4 and downloads
 * resume; the ETag and Last-Modified let clients revalidate instead of downloading again. The range is checked here
 * first: left to the message converter, a range it cannot serve would get a 416 with the whole file as its body.
 */
@RestController
@Tag(name = "Artifacts", description = "Download what a job produced")
class ArtifactController {

    private final ArtifactStore store;
    private final JobQueryService jobs;
    private final boolean redirect;

    ArtifactController(ArtifactStore store, JobQueryService jobs, ReelforgeProperties properties) {
        this.store = store;
        this.jobs = jobs;
        this.redirect = properties.artifacts().download() == ReelforgeProperties.Download.REDIRECT;
    }

    @GetMapping(ApiPaths.ARTIFACT)
    @Operation(summary = "Download a job's file (video.mp4, thumbnail.jpg, ...); supports HTTP Range")
    @ApiResponse(responseCode = "200", description = "The whole file")
    @ApiResponse(responseCode = "206", description = "The requested byte range")
    @ApiResponse(responseCode = "302", description = "The file is in an object store: fetch it from the short-lived"
            + " URL in Location (it supports Range too)", headers = @Header(name = HttpHeaders.LOCATION,
            description = "a presigned URL, valid for reelforge.artifacts.s3.presign-ttl",
            schema = @Schema(type = "string", format = "uri")))
    @ApiResponse(responseCode = "304", description = "The file has not changed since the ETag or date given")
    @ApiResponse(responseCode = "404", description = "No such job or file")
    @ApiResponse(responseCode = "416", description = "The range lies outside the file, is malformed or has more than"
            + " 100 parts; Content-Range gives the file's length", headers = @Header(name = HttpHeaders.CONTENT_RANGE,
            description = "bytes */<length>", schema = @Schema(type = "string", example = "bytes */1048576")))
    @Nullable ResponseEntity<Resource> download(Caller caller, @PathVariable String id, @PathVariable String name,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range,
            WebRequest request) throws IOException {
        jobs.find(caller.tenant(), id);
        StoredArtifact artifact = store.find(id, name).orElseThrow(() -> new ArtifactNotFoundException(id, name));
        Optional<URI> direct = redirect ? artifact.presignedUrl() : Optional.empty();
        if (direct.isPresent()) {
            // the URL stops working after presign-ttl: no cache may keep this answer
            return ResponseEntity.status(HttpStatus.FOUND).location(direct.get())
                    .cacheControl(CacheControl.noStore()).build();
        }
        long modified = artifact.lastModified().toEpochMilli();
        if (request.checkNotModified(artifact.etag(), modified)) {
            return null; // 304: the client's copy is current, whatever range it asks for
        }
        Resource resource = new ArtifactResource(artifact);
        checkRange(range, resource, artifact.size());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ArtifactNames.contentType(name)))
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_DISPOSITION, ArtifactNames.inlineDisposition(name))
                .eTag(artifact.etag())
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
