/** Renders a planned video: formats, plates, text overlays, captions, encoding, thumbnail. */
@NullMarked
package io.reelforge.media.render;

import org.jspecify.annotations.NullMarked;
