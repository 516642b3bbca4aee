@NullMarked
package io.reelforge.standalone.infra;

import org.jspecify.annotations.NullMarked;
