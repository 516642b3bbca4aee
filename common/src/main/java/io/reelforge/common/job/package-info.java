@NullMarked
package io.reelforge.common.job;

import org.jspecify.annotations.NullMarked;
