@NullMarked
package io.reelforge.standalone.cli;

import org.jspecify.annotations.NullMarked;
