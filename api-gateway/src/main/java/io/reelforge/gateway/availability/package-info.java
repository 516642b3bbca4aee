/**
 * Failing fast while Redis or Kafka is down: short client timeouts, commands refused rather than queued, outages
 * answered {@code 503} with {@code Retry-After}, and health checks that say DOWN quickly.
 */
@NullMarked
package io.reelforge.gateway.availability;

import org.jspecify.annotations.NullMarked;
