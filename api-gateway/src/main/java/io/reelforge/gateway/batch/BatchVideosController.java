package io.reelforge.gateway.batch;

import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads every video of a batch at once. The answer is written straight to the response as the zip is made
 * ({@link BatchVideos}), on the request's thread, as a single file download is: a zip of a large batch can take
 * longer than an asynchronous request may last.
 */
@RestController
@Tag(name = "Batches", description = "Many videos at once, from items or a product feed")
class BatchVideosController {

    private static final String ZIP = "application/zip";
    private static final int BUFFER = 64 * 1024;

    private final BatchVideos videos;

    BatchVideosController(BatchVideos videos) {
        this.videos = videos;
    }

    @GetMapping(ApiPaths.BATCH_VIDEOS)
    @Operation(operationId = "downloadBatchVideos", summary = "Every succeeded item's video in one zip, in item"
            + " order, named as reelforge batch names them (0003-<title>.mp4, or <feed id>-<title>.mp4); streamed"
            + " as it is made, so it has no Content-Length")
    @ApiResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = ZIP,
            schema = @Schema(type = "string", format = "binary")), headers = @Header(
            name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment, named after the batch",
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "batch_not_found")
    @ApiResponse(responseCode = "409", description = "no_videos: no item has succeeded yet, or their videos have"
            + " expired")
    void download(Caller caller, @PathVariable String id, HttpServletResponse response) throws IOException {
        Batch batch = videos.withVideos(caller.tenant(), id);
        response.setContentType(ZIP);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(BatchFileNames.folder(batch.id(), batch.name()) + ".zip", StandardCharsets.UTF_8)
                .build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        try (OutputStream out = new BufferedOutputStream(response.getOutputStream(), BUFFER)) {
            videos.write(batch, out);
        }
    }
}
