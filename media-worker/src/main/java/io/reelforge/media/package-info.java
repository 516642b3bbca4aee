/** The media worker application and its settings. */
@NullMarked
package io.reelforge.media;

import org.jspecify.annotations.NullMarked;
