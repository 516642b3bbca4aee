@NullMarked
package io.reelforge.standalone.demo;

import org.jspecify.annotations.NullMarked;
