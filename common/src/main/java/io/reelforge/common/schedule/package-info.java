/** Work that runs every interval while a service runs. */
@NullMarked
package io.reelforge.common.schedule;

import org.jspecify.annotations.NullMarked;
