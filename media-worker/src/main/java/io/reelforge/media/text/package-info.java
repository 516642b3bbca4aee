/** On-screen text: the shipped font, text pictures drawn once, caption cues and their WebVTT and SRT files. */
@NullMarked
package io.reelforge.media.text;

import org.jspecify.annotations.NullMarked;
