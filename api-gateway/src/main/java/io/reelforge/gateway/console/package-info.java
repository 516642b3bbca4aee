/**
 * The web console's files: its page at {@code /}, its modules, styles and images under {@code /console/**} and the
 * brand fonts, served without a key and under a strict Content-Security-Policy. The console itself calls the API
 * like any client, with a key.
 */
@NullMarked
package io.reelforge.gateway.console;

import org.jspecify.annotations.NullMarked;
