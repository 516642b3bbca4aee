/** Settings of the script worker and the choice of script engine. */
@NullMarked
package io.reelforge.script.config;

import org.jspecify.annotations.NullMarked;
