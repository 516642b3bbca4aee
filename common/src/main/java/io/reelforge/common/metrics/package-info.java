/** Metrics every service records about jobs and stages (Micrometer; scraped from {@code /actuator/prometheus}). */
@NullMarked
package io.reelforge.common.metrics;

import org.jspecify.annotations.NullMarked;
