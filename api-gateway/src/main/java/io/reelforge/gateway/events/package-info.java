@NullMarked
package io.reelforge.gateway.events;

import org.jspecify.annotations.NullMarked;
