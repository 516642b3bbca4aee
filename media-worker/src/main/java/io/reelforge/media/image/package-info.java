/** Product images: safe download, decoding with size limits, fitting onto the video frame. */
@NullMarked
package io.reelforge.media.image;

import org.jspecify.annotations.NullMarked;
