@NullMarked
package io.reelforge.common.message;

import org.jspecify.annotations.NullMarked;
