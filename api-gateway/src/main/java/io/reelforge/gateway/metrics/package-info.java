/** Gauges the gateway reads for the whole system: consumer backlogs and batch backlogs, for Prometheus. */
@NullMarked
package io.reelforge.gateway.metrics;

import org.jspecify.annotations.NullMarked;
