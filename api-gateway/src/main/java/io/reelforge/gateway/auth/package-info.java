@NullMarked
package io.reelforge.gateway.auth;

import org.jspecify.annotations.NullMarked;
