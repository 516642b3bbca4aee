@NullMarked
package io.reelforge.gateway.docs;

import org.jspecify.annotations.NullMarked;
