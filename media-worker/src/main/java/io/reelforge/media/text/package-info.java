/**
 * On-screen text: the shipped font, text pictures drawn once (with words picked out), caption cues timed word by
 * word and their WebVTT and SRT files.
 */
@NullMarked
package io.reelforge.media.text;

import org.jspecify.annotations.NullMarked;
