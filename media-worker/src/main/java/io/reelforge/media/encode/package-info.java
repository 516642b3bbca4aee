/** H.264/AAC MP4 encoding through javacv's FFmpeg, and the JPEG thumbnail. */
@NullMarked
package io.reelforge.media.encode;

import org.jspecify.annotations.NullMarked;
