package io.reelforge.media.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Encodes test pictures in formats Java cannot write, with FFmpeg. */
final class FfmpegImages {

    private FfmpegImages() {
    }

    static byte[] webp(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out, image.getWidth(), image.getHeight(), 0);
                Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat("webp");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_WEBP);
            recorder.setFrameRate(1);
            recorder.start();
            recorder.record(converter.convert(ImageFitterTest.bgr(image)));
            recorder.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
