@NullMarked
package io.reelforge.common.net;

import org.jspecify.annotations.NullMarked;
