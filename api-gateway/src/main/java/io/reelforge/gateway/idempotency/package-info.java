@NullMarked
package io.reelforge.gateway.idempotency;

import org.jspecify.annotations.NullMarked;
