package io.reelforge.gateway.feed;

import java.util.List;

/**
 * What a feed held: its items in feed order, and the entries that could not be read. Every entry of the feed is
 * in exactly one of the two lists, so positions missing from {@code items} are found in {@code problems}.
 */
public record ParsedFeed(FeedFormat format, List<FeedItem> items, List<FeedProblem> problems) {

    public ParsedFeed {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** How many entries the feed had, readable or not. */
    public int entries() {
        return items.size() + problems.size();
    }
}
