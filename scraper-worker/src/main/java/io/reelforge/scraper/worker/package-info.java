/** The Kafka side of the scraper: the listener and the stage processor it hands messages to. */
@NullMarked
package io.reelforge.scraper.worker;

import org.jspecify.annotations.NullMarked;
