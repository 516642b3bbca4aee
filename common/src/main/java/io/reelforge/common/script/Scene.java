package io.reelforge.common.script;

import org.jspecify.annotations.Nullable;

/**
 * One shot of the video: the sentence spoken over it, the short text shown on screen, and which product
 * image it shows (an index into {@code ProductDetails.images}).
 */
public record Scene(String narration, @Nullable String onScreenText, int imageIndex, @Nullable String emphasis) {
}
