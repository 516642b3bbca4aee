/** The script worker: writes the narrated script of a video from product facts or a keyword. */
@NullMarked
package io.reelforge.script;

import org.jspecify.annotations.NullMarked;
