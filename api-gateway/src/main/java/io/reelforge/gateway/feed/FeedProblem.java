package io.reelforge.gateway.feed;

/**
 * An entry of a feed that could not become an item, and why, in words the feed's author can act on (the message
 * names the field as the feed spells it, e.g. {@code g:price} or the CSV's {@code price} column).
 *
 * @param position where the entry stands in the feed, counting from 1 (items and problems share the count)
 */
public record FeedProblem(int position, String message) {
}
