package io.reelforge.media.encode;

/**
 * How the MP4 is encoded: H.264 (libx264) at a constant rate factor, AAC narration.
 *
 * @param preset the libx264 preset (speed against size)
 * @param crf the libx264 constant rate factor (quality)
 * @param audioBitrate AAC bits per second
 * @param sampleRate of the narration handed to the encoder
 */
public record EncoderSettings(int width, int height, int fps, String preset, int crf, int audioBitrate,
        int sampleRate) {
}
