@NullMarked
package io.reelforge.common.script;

import org.jspecify.annotations.NullMarked;
