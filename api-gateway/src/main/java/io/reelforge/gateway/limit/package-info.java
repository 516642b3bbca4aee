@NullMarked
package io.reelforge.gateway.limit;

import org.jspecify.annotations.NullMarked;
