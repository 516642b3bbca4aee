/**
 * What the media workers can voice: each narrator's voices and the languages each speaks ({@link VoiceOffer}), and
 * the registry in Redis through which running media workers tell the gateway so ({@link VoiceRegistry}).
 */
@NullMarked
package io.reelforge.common.voice;

import org.jspecify.annotations.NullMarked;
