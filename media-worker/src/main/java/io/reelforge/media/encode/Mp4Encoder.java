package io.reelforge.media.encode;

import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.speech.PcmAudio;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.Pointer;

/**
 * Writes the video with FFmpeg's H.264 and AAC encoders into an MP4 whose index sits at the front. Three things
 * run at once: a small pool composes frames ahead of the encoder ({@link FrameRing}) into reused direct buffers
 * that FFmpeg reads without conversion; this thread hands them to the H.264 encoder (whose own threads do the
 * heavy work) and writes its packets; a third thread encodes the sound track ({@link AudioPackets}), whose packets
 * this thread writes a second ahead of the pictures. Everything FFmpeg allocates is freed when the call returns,
 * whether it succeeds, fails or is stopped by {@code progress}.
 */
public final class Mp4Encoder {

    /** How far ahead of the pictures the sound is written: players read both from one place in the file. */
    private static final double AUDIO_LEAD_SECONDS = 1.0;

    private final EncoderSettings settings;

    public Mp4Encoder(EncoderSettings settings) {
        this.settings = settings;
    }

    public EncoderSettings settings() {
        return settings;
    }

    /**
     * @param composer makes the frames; its size is the video's
     * @param soundTrack mono at {@link EncoderSettings#sampleRate()}, as long as the timeline; asked for on the sound's
     *     own thread, so it may still be in the making when the call starts
     * @param progress told the fraction of frames written, often (it may throw to stop the work)
     * @return the name of the H.264 encoder that wrote the video
     */
    public String encode(FrameComposer composer, Supplier<PcmAudio> soundTrack, Path output, DoubleConsumer progress)
            throws IOException {
        EncoderSettings sized = settings.withSize(composer.width(), composer.height());
        try (Mp4Output mp4 = new Mp4Output(output);
                VideoEncoder video = VideoEncoder.open(sized, mp4.wantsGlobalHeaders());
                AudioEncoder audio = AudioEncoder.open(settings.sampleRate(), settings.audioBitrate(),
                        mp4.wantsGlobalHeaders())) {
            int videoStream = mp4.addStream(video.context());
            int audioStream = mp4.addStream(audio.context());
            mp4.writeHeader();
            AVRational frameTime = video.timeBase();
            PacketSink pictures = packet -> mp4.write(packet, frameTime, videoStream);
            try (AudioPackets sound = AudioPackets.start(audio, () -> samples(soundTrack.get()), mp4,
                    audioStream, "render");
                    FrameRing ring = new FrameRing(composer, settings.composeThreads(), "render")) {
                int frames = ring.frameCount();
                for (int i = 0; i < frames; i++) {
                    video.encode(ring.take(i), i, pictures);
                    ring.release(i);
                    sound.writeUntil((i + 1) / (double) settings.fps() + AUDIO_LEAD_SECONDS);
                    progress.accept((i + 1) / (double) frames);
                }
                video.finish(pictures);
                sound.writeRest();
                mp4.finish();
            }
            return video.codec();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while encoding", e);
        } finally {
            // the encoder's frames (250 MB at 1080x1920) are freed into the C allocator's arenas, which keep them
            // from the OS unless asked: hand them back between renders, so an idle worker shrinks to its heap
            Pointer.trimMemory();
        }
    }

    private short[] samples(PcmAudio sound) {
        if (sound.sampleRate() != settings.sampleRate()) {
            throw new IllegalArgumentException("sound at " + sound.sampleRate() + " Hz, encoder expects "
                    + settings.sampleRate());
        }
        return sound.samples();
    }
}
