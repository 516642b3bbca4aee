package io.reelforge.media.encode;

import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.compose.FrameSlot;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * Composes frames ahead of the encoder on a few threads, through a small ring of FFmpeg frames allocated once per
 * render: while the encoder consumes frame {@code i}, frames {@code i+1 .. i+ring-1} are being composed, so
 * composition overlaps encoding instead of adding to it. The ring's frames are FFmpeg's own reference-counted
 * buffers, so the encoder takes a reference instead of copying each picture into a fresh allocation (a 3 MB
 * malloc and copy per frame at 1080x1920, on the thread that feeds the encoder). A frame goes back to work once
 * the encoder has let go of it; should it still hold it, the composer writes into a new buffer rather than under
 * the encoder. The composers' working memory ({@link FrameSlot}: the frame, the incoming scene of a transition)
 * is one per thread, not one per ring frame.
 */
final class FrameRing implements AutoCloseable {

    private final FrameComposer composer;
    private final ExecutorService pool;
    private final BlockingQueue<FrameSlot> workspaces;
    private final AVFrame[] frames;
    /** Per ring frame, its three planes as last seen: the frame's buffer moves only if it was not writable. */
    private final BytePointer[][] planes;
    private final int[] planeSizes;
    private final CompletableFuture<Void>[] pending;
    private final int frameCount;

    @SuppressWarnings("unchecked")
    FrameRing(FrameComposer composer, int threads, String name) {
        this.composer = composer;
        this.frameCount = composer.timeline().frameCount();
        int width = composer.width();
        int height = composer.height();
        int chroma = ((width + 1) / 2) * ((height + 1) / 2);
        this.planeSizes = new int[] {width * height, chroma, chroma};
        int size = threads + 2;
        this.frames = new AVFrame[size];
        this.planes = new BytePointer[size][];
        this.pending = new CompletableFuture[size];
        for (int i = 0; i < size; i++) {
            frames[i] = avutil.av_frame_alloc();
            frames[i].format(avutil.AV_PIX_FMT_YUV420P);
            frames[i].width(width);
            frames[i].height(height);
            // alignment 1: rows exactly as wide as the picture, as the composers lay them out
            if (avutil.av_frame_get_buffer(frames[i], 1) < 0) {
                freeFrames();
                throw new IllegalStateException("cannot allocate a " + width + "x" + height + " frame");
            }
            planes[i] = planesOf(frames[i]);
        }
        this.workspaces = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            workspaces.add(new FrameSlot(width, height));
        }
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, name + "-compose-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < Math.min(size, frameCount); i++) {
            submit(i);
        }
    }

    int frameCount() {
        return frameCount;
    }

    /** Waits for frame {@code index} (taken in order) and returns it; the encoder may reference it until done. */
    AVFrame take(int index) throws InterruptedException {
        int slot = index % frames.length;
        try {
            pending[slot].get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return frames[slot];
    }

    /** The encoder is done with frame {@code index}: its buffer receives a later frame. */
    void release(int index) {
        int next = index + frames.length;
        if (next < frameCount) {
            submit(next);
        }
    }

    private void submit(int index) {
        int slot = index % frames.length;
        pending[slot] = CompletableFuture.runAsync(() -> {
            // never waits: there are as many workspaces as threads
            FrameSlot workspace = workspaces.remove();
            try {
                composer.compose(index, workspace);
                copyInto(slot, workspace.pixels());
            } finally {
                workspaces.add(workspace);
            }
        }, pool);
    }

    private void copyInto(int slot, byte[] yuv) {
        AVFrame frame = frames[slot];
        if (avutil.av_frame_is_writable(frame) == 0) {
            if (avutil.av_frame_make_writable(frame) < 0) {
                throw new IllegalStateException("cannot get a writable frame");
            }
            planes[slot] = planesOf(frame);
        }
        int offset = 0;
        for (int plane = 0; plane < 3; plane++) {
            planes[slot][plane].put(yuv, offset, planeSizes[plane]);
            offset += planeSizes[plane];
        }
    }

    private static BytePointer[] planesOf(AVFrame frame) {
        return new BytePointer[] {frame.data(0), frame.data(1), frame.data(2)};
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        freeFrames();
    }

    private void freeFrames() {
        for (AVFrame frame : frames) {
            if (frame != null) {
                avutil.av_frame_free(frame);
            }
        }
    }
}
