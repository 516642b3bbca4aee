package io.reelforge.media.encode;

import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.compose.FrameSlot;
import io.reelforge.media.compose.YuvImage;
import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.BytePointer;

/**
 * Composes frames ahead of the encoder on a few threads, through a small ring of direct buffers allocated once per
 * render: while the encoder consumes frame {@code i}, frames {@code i+1 .. i+ring-1} are being composed, so
 * composition overlaps encoding instead of adding to it. A buffer goes back to work as soon as the encoder has
 * taken its frame (FFmpeg copies the picture before the encode call returns). The composers' working memory
 * ({@link FrameSlot}: the frame, the incoming scene of a transition) is one per thread, not one per buffer.
 */
final class FrameRing implements AutoCloseable {

    private final FrameComposer composer;
    private final ExecutorService pool;
    private final BlockingQueue<FrameSlot> workspaces;
    private final ByteBuffer[] buffers;
    private final BytePointer[] addresses;
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
        this.workspaces = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            workspaces.add(new FrameSlot(composer.width(), composer.height()));
        }
        int size = threads + 2;
        this.buffers = new ByteBuffer[size];
        this.addresses = new BytePointer[size];
        this.pending = new CompletableFuture[size];
        for (int i = 0; i < size; i++) {
            buffers[i] = ByteBuffer.allocateDirect(YuvImage.byteSize(composer.width(), composer.height()));
            addresses[i] = new BytePointer(buffers[i]);
        }
        for (int i = 0; i < Math.min(size, frameCount); i++) {
            submit(i);
        }
    }

    int frameCount() {
        return frameCount;
    }

    /**
     * Waits for frame {@code index} (taken in order) and returns where its yuv420p picture is; valid until
     * {@link #release}.
     */
    BytePointer take(int index) throws InterruptedException {
        int slot = index % buffers.length;
        try {
            pending[slot].get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return addresses[slot];
    }

    /** The encoder is done with frame {@code index}: its buffer receives a later frame. */
    void release(int index) {
        int next = index + buffers.length;
        if (next < frameCount) {
            submit(next);
        }
    }

    private void submit(int index) {
        ByteBuffer out = buffers[index % buffers.length];
        pending[index % buffers.length] = CompletableFuture.runAsync(() -> {
            // never waits: there are as many workspaces as threads
            FrameSlot workspace = workspaces.remove();
            try {
                composer.compose(index, workspace);
                out.clear();
                out.put(workspace.pixels());
            } finally {
                workspaces.add(workspace);
            }
        }, pool);
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
