@NullMarked
package io.reelforge.common.json;

import org.jspecify.annotations.NullMarked;
