/** The scraper worker: consumes scrape requests, fetches product pages and extracts product details. */
@NullMarked
package io.reelforge.scraper;

import org.jspecify.annotations.NullMarked;
