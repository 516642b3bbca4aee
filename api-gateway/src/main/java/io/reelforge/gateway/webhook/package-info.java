@NullMarked
package io.reelforge.gateway.webhook;

import org.jspecify.annotations.NullMarked;
