@NullMarked
package io.reelforge.gateway;

import org.jspecify.annotations.NullMarked;
