/** Finds stage runs whose workers died and drives them again, so no job stays in a stage forever. */
@NullMarked
package io.reelforge.common.watchdog;

import org.jspecify.annotations.NullMarked;
