package io.reelforge.media.encode;

/**
 * How the MP4 is encoded: H.264 at a constant rate factor, AAC narration.
 *
 * @param codec the H.264 encoder asked for: {@code libx264}, {@code h264_nvenc} or {@code libopenh264}
 * @param preset the encoder's speed preset (libx264 names; nvenc gets its nearest)
 * @param crf the constant rate factor (quality)
 * @param audioBitrate AAC bits per second
 * @param sampleRate of the narration handed to the encoder
 * @param composeThreads threads composing frames while the encoder works
 */
public record EncoderSettings(int width, int height, int fps, String codec, String preset, int crf,
        int audioBitrate, int sampleRate, int composeThreads) {

    public EncoderSettings withSize(int newWidth, int newHeight) {
        return new EncoderSettings(newWidth, newHeight, fps, codec, preset, crf, audioBitrate, sampleRate,
                composeThreads);
    }
}
