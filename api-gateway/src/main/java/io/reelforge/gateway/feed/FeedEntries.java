package io.reelforge.gateway.feed;

import java.util.ArrayList;
import java.util.List;

/** The entries read so far, numbered in feed order; refuses the entry past the limit at once, before reading on. */
final class FeedEntries {

    private final FeedLimits limits;
    private final List<FeedItem> items = new ArrayList<>();
    private final List<FeedProblem> problems = new ArrayList<>();
    private int count;

    FeedEntries(FeedLimits limits) {
        this.limits = limits;
    }

    /**
     * The position of the next entry.
     *
     * @throws FeedTooLargeException when it would be one more than the limit
     */
    int next() {
        if (count == limits.maxItems()) {
            throw new FeedTooLargeException("The feed has more than " + limits.maxItemsText()
                    + " items, the most one feed may have; split it into several feeds.");
        }
        return ++count;
    }

    void add(FeedItem item) {
        items.add(item);
    }

    void add(FeedProblem problem) {
        problems.add(problem);
    }

    ParsedFeed result(FeedFormat format) {
        return new ParsedFeed(format, items, problems);
    }
}
