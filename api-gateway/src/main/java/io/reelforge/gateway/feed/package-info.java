/**
 * Reading product feeds (a CSV file, or a Google Merchant Center feed in RSS 2.0 or Atom) into the items of a
 * batch: {@link io.reelforge.gateway.feed.FeedReader} for bytes at hand (an upload),
 * {@link io.reelforge.gateway.feed.FeedLoader} for a feed URL. Nothing here creates jobs.
 */
@NullMarked
package io.reelforge.gateway.feed;

import org.jspecify.annotations.NullMarked;
