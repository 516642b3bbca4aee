/** What every script writer shares: the interface, the subject of a script, spoken-text rules. */
@NullMarked
package io.reelforge.script.write;

import org.jspecify.annotations.NullMarked;
