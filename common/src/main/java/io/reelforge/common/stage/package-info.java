@NullMarked
package io.reelforge.common.stage;

import org.jspecify.annotations.NullMarked;
