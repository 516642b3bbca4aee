@NullMarked
package io.reelforge.gateway.artifact;

import org.jspecify.annotations.NullMarked;
