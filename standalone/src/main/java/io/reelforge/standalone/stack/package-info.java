@NullMarked
package io.reelforge.standalone.stack;

import org.jspecify.annotations.NullMarked;
