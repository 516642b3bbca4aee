/** Fetching a product page safely and turning every way it can fail into a job error with a clear code. */
@NullMarked
package io.reelforge.scraper.fetch;

import org.jspecify.annotations.NullMarked;
