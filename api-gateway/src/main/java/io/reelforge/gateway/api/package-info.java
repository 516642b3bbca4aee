@NullMarked
package io.reelforge.gateway.api;

import org.jspecify.annotations.NullMarked;
