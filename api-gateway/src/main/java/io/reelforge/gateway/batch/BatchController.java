package io.reelforge.gateway.batch;

import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.api.RequestRules;
import io.reelforge.gateway.api.BatchItemInput;
import io.reelforge.gateway.api.BatchRequest;
import io.reelforge.gateway.api.Paging;
import io.reelforge.gateway.api.VideoOptions;
import io.reelforge.gateway.auth.Caller;
import io.reelforge.gateway.idempotency.IdempotentSubmissions;
import io.reelforge.gateway.job.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Batches: many videos at once, from items or a product feed; read, cancel and retry them as one. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Batches", description = "Many videos at once, from items or a product feed")
class BatchController {

    private static final List<String> ITEM_STATES = List.of("pending", "running", "succeeded", "failed", "canceled",
            "skipped");

    private final BatchService batches;
    private final BatchInputs inputs;
    private final IdempotentSubmissions idempotent;
    private final GatewayProperties properties;

    BatchController(BatchService batches, BatchInputs inputs, IdempotentSubmissions idempotent,
            GatewayProperties properties) {
        this.batches = batches;
        this.inputs = inputs;
        this.idempotent = idempotent;
        this.properties = properties;
    }

    @PostMapping(path = ApiPaths.BATCHES, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make a video of every item (or every product of a feed); answers at once, the items are"
            + " made in the background, in order, in the bulk lane")
    @ApiResponse(responseCode = "202", description = "The batch was accepted", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The batch's URL, to poll",
                    schema = @Schema(type = "string", format = "uri-reference")),
            @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before polling",
                    schema = @Schema(type = "integer", minimum = "1"))})
    @ApiResponse(responseCode = "409", description = "idempotency_key_in_use: the first request with this"
            + " Idempotency-Key is still being handled")
    @ApiResponse(responseCode = "422", description = "idempotency_key_reused (the Idempotency-Key was used with"
            + " another body or route), invalid_feed (the feedUrl serves no product feed Reelforge reads), or "
            + RequestRules.NOT_VOICED_RESPONSE + " (errors names the item: items[3].options.language)")
    @ApiResponse(responseCode = "502", description = "feed_unavailable: the feedUrl answered an error, too slowly or"
            + " not at all")
    ResponseEntity<BatchView> create(Caller caller, @Valid @RequestBody BatchRequest body,
            @Parameter(description = "A unique key per intended batch (IETF Idempotency-Key)")
            @RequestHeader(name = IdempotentSubmissions.HEADER, required = false) @Nullable String key) {
        var replay = idempotent.run(caller.tenant(), key, ApiPaths.BATCHES, body,
                () -> batches.create(caller.tenant(), inputs.fromRequest(body)), BatchView::id,
                id -> batches.find(caller.tenant(), id));
        return accepted(replay.value(), replay.replayed());
    }

    @PostMapping(path = ApiPaths.BATCHES, consumes = {"text/csv", MediaType.APPLICATION_XML_VALUE,
            MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_RSS_XML_VALUE, MediaType.APPLICATION_ATOM_XML_VALUE})
    @Operation(summary = "Make a video of every product of an uploaded feed: a Google Merchant Center feed (RSS or"
            + " Atom) or a CSV file; the batch's options come as query parameters")
    @ApiResponse(responseCode = "202", description = "The batch was accepted", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The batch's URL, to poll",
                    schema = @Schema(type = "string", format = "uri-reference")),
            @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before polling",
                    schema = @Schema(type = "integer", minimum = "1"))})
    @ApiResponse(responseCode = "409", description = "idempotency_key_in_use")
    @ApiResponse(responseCode = "413", description = "feed_too_large: more items or bytes than a batch may have")
    @ApiResponse(responseCode = "422", description = "idempotency_key_reused, invalid_feed (the body is not a"
            + " product feed Reelforge reads), or " + RequestRules.NOT_VOICED_RESPONSE)
    ResponseEntity<BatchView> upload(Caller caller, @RequestBody byte[] feed,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Valid VideoOptions defaults,
            @Parameter(description = "Make videos of out-of-stock products too")
            @RequestParam(required = false) @Nullable Boolean includeOutOfStock,
            @Parameter(description = "Where to send batch.completed") @RequestParam(required = false)
            @Nullable String callbackUrl,
            @RequestParam(required = false) @Nullable String name,
            @RequestHeader(name = IdempotentSubmissions.HEADER, required = false) @Nullable String key) {
        BatchRequest asRequest = new BatchRequest(null, null, defaults, includeOutOfStock, callbackUrl, name);
        var replay = idempotent.run(caller.tenant(), key, ApiPaths.BATCHES,
                Map.of("feed", BatchInputs.digest(feed), "request", asRequest),
                () -> batches.create(caller.tenant(), inputs.fromUpload(feed, contentType, asRequest)), BatchView::id,
                id -> batches.find(caller.tenant(), id));
        return accepted(replay.value(), replay.replayed());
    }

    @GetMapping(ApiPaths.BATCH)
    @Operation(summary = "A batch: items per state, progress, ETA, failures by error code")
    @ApiResponse(responseCode = "200", description = "The batch")
    @ApiResponse(responseCode = "404", description = "batch_not_found")
    BatchView get(Caller caller, @PathVariable String id) {
        return batches.find(caller.tenant(), id);
    }

    @GetMapping(ApiPaths.BATCH_ITEMS)
    @Operation(summary = "The batch's items in order, each with its state and job; filter by state")
    @ApiResponse(responseCode = "200", description = "A page of the batch's items")
    @ApiResponse(responseCode = "400", description = "validation: an unknown state, a page below 0 or a size out of range")
    @ApiResponse(responseCode = "404", description = "batch_not_found")
    BatchItemPage items(Caller caller, @PathVariable String id,
            @Parameter(description = "pending, running, succeeded, failed, canceled or skipped")
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable Integer size) {
        if (state != null && !ITEM_STATES.contains(state)) {
            throw new InvalidFieldException("state", "must be one of " + String.join(", ", ITEM_STATES));
        }
        Paging paging = Paging.of(page, size, properties);
        return batches.items(caller.tenant(), id, state, paging.page(), paging.size());
    }

    @GetMapping(ApiPaths.BATCHES)
    @Operation(operationId = "listBatches", summary = "The caller's batches, newest first, a page at a time, each"
            + " with its counts per state, progress and ETA")
    @ApiResponse(responseCode = "200", description = "A page of batches")
    @ApiResponse(responseCode = "400", description = "validation: a page below 0 or a size out of range")
    BatchPage list(Caller caller, @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0")
            int page, @Parameter(description = "Batches per page (1 to the configured maximum, 100 by default)")
            @RequestParam(required = false) @Nullable Integer size) {
        return batches.list(caller.tenant(), Paging.of(page, size, properties));
    }

    @DeleteMapping(ApiPaths.BATCH)
    @Operation(summary = "Cancel every item that has not finished; items not released yet are never made")
    @ApiResponse(responseCode = "200", description = "The batch, now canceled")
    @ApiResponse(responseCode = "404", description = "batch_not_found")
    @ApiResponse(responseCode = "409", description = "batch_finished: the batch is completed or canceled already")
    BatchView cancel(Caller caller, @PathVariable String id) {
        return batches.cancel(caller.tenant(), id);
    }

    @PostMapping(ApiPaths.BATCH_RETRY)
    @Operation(summary = "Run the failed items again, each from the stage it failed in")
    @ApiResponse(responseCode = "202", description = "The batch, with its failed items queued to run again")
    @ApiResponse(responseCode = "404", description = "batch_not_found")
    @ApiResponse(responseCode = "409", description = "batch_finished: a canceled batch cannot be retried")
    ResponseEntity<BatchView> retry(Caller caller, @PathVariable String id) {
        return ResponseEntity.accepted().body(batches.retryFailed(caller.tenant(), id));
    }

    private ResponseEntity<BatchView> accepted(BatchView view, boolean replayed) {
        var answer = ResponseEntity.accepted().location(URI.create(view.links().self()))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, properties.retryAfter().toSeconds())));
        if (replayed) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(view);
    }

    /** Items given in the request body. */
    static List<BatchDraft.Item> items(List<BatchItemInput> items) {
        return items.stream().map(i -> new BatchDraft.Item(i.url(), i.product() == null ? null : i.product().toDetails(),
                i.options(), null, false)).toList();
    }
}
