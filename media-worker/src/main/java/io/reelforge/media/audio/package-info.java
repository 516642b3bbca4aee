/** The sound track: narration loudness, background music ducked under the voice. */
@NullMarked
package io.reelforge.media.audio;

import org.jspecify.annotations.NullMarked;
