@NullMarked
package io.reelforge.common.product;

import org.jspecify.annotations.NullMarked;
