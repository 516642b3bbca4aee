/**
 * Batches: many videos at once, from items or a product feed, released into the pipeline's bulk lane a few at a
 * time and fairly across tenants and batches, so a catalog never starves a single request or another tenant.
 */
@NullMarked
package io.reelforge.gateway.batch;

import org.jspecify.annotations.NullMarked;
