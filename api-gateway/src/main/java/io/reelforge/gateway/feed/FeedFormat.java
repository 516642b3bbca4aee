package io.reelforge.gateway.feed;

/** The kinds of feed Reelforge reads. */
public enum FeedFormat {
    /** Comma-, semicolon- or tab-separated text with a header line (Google's tab-separated feeds included). */
    CSV,
    /** A Google Merchant Center product feed in RSS 2.0: {@code <rss><channel><item>} with {@code g:} fields. */
    MERCHANT_RSS,
    /** A Google Merchant Center product feed in Atom 1.0: {@code <feed><entry>} with {@code g:} fields. */
    MERCHANT_ATOM
}
