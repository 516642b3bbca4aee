@NullMarked
package io.reelforge.common.config;

import org.jspecify.annotations.NullMarked;
