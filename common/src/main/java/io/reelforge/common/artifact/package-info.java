@NullMarked
package io.reelforge.common.artifact;

import org.jspecify.annotations.NullMarked;
