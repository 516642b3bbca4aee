package io.reelforge.media.encode;

import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.compose.FrameSlot;
import io.reelforge.media.compose.YuvImage;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacv.Frame;

/**
 * Composes frames ahead of the encoder on a few threads, through a small ring of slots allocated once per render:
 * while the encoder consumes frame {@code i}, frames {@code i+1 .. i+ring-1} are being composed, so composition
 * overlaps encoding instead of adding to it. A slot goes back to work as soon as the encoder has taken its frame
 * (the recorder copies the picture before {@code record} returns).
 */
final class FrameRing implements AutoCloseable {

    private final FrameComposer composer;
    private final ExecutorService pool;
    private final FrameSlot[] slots;
    private final Frame[] frames;
    private final CompletableFuture<Void>[] pending;
    private final int frameCount;

    @SuppressWarnings("unchecked")
    FrameRing(FrameComposer composer, int threads, String name) {
        this.composer = composer;
        this.frameCount = composer.timeline().frameCount();
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, name + "-compose-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        int size = threads + 2;
        this.slots = new FrameSlot[size];
        this.frames = new Frame[size];
        this.pending = new CompletableFuture[size];
        for (int i = 0; i < size; i++) {
            slots[i] = new FrameSlot(composer.width(), composer.height());
            frames[i] = yuvFrame(composer.width(), composer.height());
        }
        for (int i = 0; i < Math.min(size, frameCount); i++) {
            submit(i);
        }
    }

    int frameCount() {
        return frameCount;
    }

    /** Waits for frame {@code index} (taken in order), and starts composing the one the freed slot will hold next. */
    Frame take(int index) throws InterruptedException {
        int slot = index % slots.length;
        try {
            pending[slot].get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return frames[slot];
    }

    /** The encoder is done with frame {@code index}: its slot composes a later frame. */
    void release(int index) {
        int next = index + slots.length;
        if (next < frameCount) {
            submit(next);
        }
    }

    private void submit(int index) {
        FrameSlot slot = slots[index % slots.length];
        ByteBuffer out = (ByteBuffer) frames[index % slots.length].image[0];
        pending[index % slots.length] = CompletableFuture.runAsync(() -> {
            composer.compose(index, slot);
            out.clear();
            out.put(slot.pixels());
            out.flip();
        }, pool);
    }

    private static Frame yuvFrame(int width, int height) {
        Frame frame = new Frame();
        frame.imageWidth = width;
        frame.imageHeight = height;
        frame.imageDepth = Frame.DEPTH_UBYTE;
        frame.imageChannels = 1;
        frame.imageStride = width;
        frame.image = new Buffer[] {ByteBuffer.allocateDirect(YuvImage.byteSize(width, height))};
        return frame;
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
