/**
 * Narration: speech engines (OpenAI, MaryTTS) and when they say each word, WAV and PCM decoding, resampling, the
 * narration track.
 */
@NullMarked
package io.reelforge.media.speech;

import org.jspecify.annotations.NullMarked;
