package io.reelforge.media.encode;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * The sound track encoded on its own thread while the video is, and written into the MP4 by the video's thread a
 * little ahead of the pictures, so the file interleaves sound and pictures second by second as players expect.
 */
final class AudioPackets implements AutoCloseable {

    private final BlockingQueue<EncodedPacket> ready = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> encoded = new CompletableFuture<>();
    private final Mp4Output mp4;
    private final int stream;
    private final AVRational timeBase;
    private final Thread thread;
    private volatile boolean abandoned;

    private AudioPackets(AudioEncoder encoder, Supplier<short[]> samples, Mp4Output mp4, int stream, String name) {
        this.mp4 = mp4;
        this.stream = stream;
        this.timeBase = encoder.timeBase();
        this.thread = Thread.ofPlatform().name(name + "-audio").daemon().unstarted(() -> {
            try {
                encoder.encodeAll(samples.get(), ready::add, () -> abandoned);
                encoded.complete(null);
            } catch (IOException | RuntimeException e) {
                encoded.completeExceptionally(e);
            }
        });
    }

    /** Starts encoding {@code samples} (asked for on the sound's thread) into {@code stream} of {@code mp4}. */
    static AudioPackets start(AudioEncoder encoder, Supplier<short[]> samples, Mp4Output mp4, int stream,
            String name) {
        AudioPackets packets = new AudioPackets(encoder, samples, mp4, stream, name);
        packets.thread.start();
        return packets;
    }

    /** Writes the packets encoded so far that start before {@code seconds}. */
    void writeUntil(double seconds) throws IOException {
        for (EncodedPacket next = ready.peek(); next != null && startOf(next) < seconds; next = ready.peek()) {
            mp4.write(ready.remove(), timeBase, stream);
        }
    }

    /** Waits for the encoder to finish and writes the rest. */
    void writeRest() throws IOException, InterruptedException {
        try {
            encoded.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("encoding the sound track failed", e.getCause());
        }
        writeUntil(Double.POSITIVE_INFINITY);
    }

    private double startOf(EncodedPacket packet) {
        return packet.pts() * (double) timeBase.num() / timeBase.den();
    }

    /** Stops the encoder (at its next frame) and waits for its thread, so the encoder may be freed after this. */
    @Override
    public void close() throws InterruptedException {
        abandoned = true;
        thread.join();
    }
}
