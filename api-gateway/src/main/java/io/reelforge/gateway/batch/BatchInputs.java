package io.reelforge.gateway.batch;

import io.reelforge.gateway.api.BatchRequest;
import io.reelforge.gateway.api.VideoOptions;
import io.reelforge.gateway.feed.FeedItem;
import io.reelforge.gateway.feed.FeedLoader;
import io.reelforge.gateway.feed.FeedReader;
import io.reelforge.gateway.feed.ParsedFeed;
import io.reelforge.gateway.job.InvalidFieldException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Turns each way of giving a batch into one {@link BatchDraft}: items in the JSON body, a feed's URL in it (read
 * through the fetch policy), or a feed uploaded as the body. A feed entry that cannot be read fails the whole
 * request, naming the entry, rather than being dropped in silence.
 */
@Component
public class BatchInputs {

    private final FeedReader reader;
    private final FeedLoader loader;

    BatchInputs(FeedReader reader, FeedLoader loader) {
        this.reader = reader;
        this.loader = loader;
    }

    BatchDraft fromRequest(BatchRequest request) {
        if (request.feedUrl() != null) {
            ParsedFeed feed;
            try {
                feed = loader.load(request.feedUrl(), "feedUrl");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the feed", e);
            }
            return draft(feed, "feedUrl", request);
        }
        return new BatchDraft(BatchController.items(Objects.requireNonNull(request.items())), defaults(request),
                Boolean.TRUE.equals(request.includeOutOfStock()), request.callbackUrl(), request.name());
    }

    BatchDraft fromUpload(byte[] body, String contentType, BatchRequest request) {
        return draft(reader.read(body, contentType), "body", request);
    }

    private static BatchDraft draft(ParsedFeed feed, String field, BatchRequest request) {
        if (!feed.problems().isEmpty()) {
            var first = feed.problems().getFirst();
            throw new InvalidFieldException(field, "the feed has " + feed.problems().size()
                    + " entr" + (feed.problems().size() == 1 ? "y" : "ies") + " that cannot be used; the first, entry "
                    + first.position() + ": " + first.message());
        }
        if (feed.items().isEmpty()) {
            throw new InvalidFieldException(field, "the feed has no items");
        }
        List<BatchDraft.Item> items = feed.items().stream().map(BatchInputs::item).toList();
        return new BatchDraft(items, defaults(request), Boolean.TRUE.equals(request.includeOutOfStock()),
                request.callbackUrl(), request.name());
    }

    /** A feed item with the facts to render needs no scraping: it is made from its product; else from its page. */
    private static BatchDraft.Item item(FeedItem item) {
        return item.product() != null
                ? new BatchDraft.Item(null, item.product(), null, item.id(), item.outOfStock())
                : new BatchDraft.Item(item.url(), null, null, item.id(), item.outOfStock());
    }

    private static VideoOptions defaults(BatchRequest request) {
        return request.defaults() == null ? VideoOptions.NONE : request.defaults();
    }

    /** A short fingerprint of an uploaded feed, for the Idempotency-Key check. */
    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
