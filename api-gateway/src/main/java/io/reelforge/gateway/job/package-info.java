@NullMarked
package io.reelforge.gateway.job;

import org.jspecify.annotations.NullMarked;
