/** Timeline (when each scene is on screen, crossfades) and frame composition in yuv420p. */
@NullMarked
package io.reelforge.media.compose;

import org.jspecify.annotations.NullMarked;
