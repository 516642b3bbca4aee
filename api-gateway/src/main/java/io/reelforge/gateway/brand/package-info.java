/**
 * Brand kits: each tenant's kit in Redis ({@code /api/v1/brand}), the shipped fonts a kit may name, and the kit a
 * job renders with (its own fields over its tenant's), resolved and checked at submit.
 */
@NullMarked
package io.reelforge.gateway.brand;

import org.jspecify.annotations.NullMarked;
