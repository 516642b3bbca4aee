@NullMarked
package io.reelforge.gateway.error;

import org.jspecify.annotations.NullMarked;
