/** Reading a product from an HTML page: one extractor per source of facts, merged strongest first. Free of Spring. */
@NullMarked
package io.reelforge.scraper.extract;

import org.jspecify.annotations.NullMarked;
