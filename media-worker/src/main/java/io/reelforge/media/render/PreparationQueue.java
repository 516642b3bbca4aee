package io.reelforge.media.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The preparation of one video, done on threads of its own while the encoder runs: the pieces are collected
 * first, each with the time in the video when it is first needed, then started soonest-needed first, so the first
 * frame waits for its own plate and opening card only, and each later piece is ready long before its frames.
 * The threads end once the last piece is done, or at once when the video is given up ({@link #abandon}).
 */
final class PreparationQueue {

    private record Piece(double neededAt, Runnable start) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final List<CompletableFuture<?>> results = new ArrayList<>();
    private final ExecutorService threads;

    PreparationQueue(int threadCount) {
        this.threads = Executors.newFixedThreadPool(threadCount,
                Thread.ofPlatform().name("render-prepare-", 1).daemon().factory());
    }

    /** A piece of work for when the video reaches {@code neededAt} seconds; it starts at {@link #start}. */
    <T> CompletableFuture<T> add(double neededAt, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        results.add(result);
        pieces.add(new Piece(neededAt, () -> CompletableFuture.supplyAsync(work, threads).whenComplete((value, e) -> {
            if (e != null) {
                result.completeExceptionally(e);
            } else {
                result.complete(value);
            }
        })));
        return result;
    }

    /** Starts every piece added, in the order the video needs them (ties in the order added). */
    void start() {
        pieces.sort(Comparator.comparingDouble(Piece::neededAt));
        try {
            pieces.forEach(piece -> piece.start().run());
        } finally {
            pieces.clear();
            threads.shutdown(); // the pieces started still run; the threads end after the last
        }
    }

    /**
     * Gives the video up (its encode failed or was stopped): the pieces not yet begun never run, so they take no
     * more CPU from whatever runs next, and each is completed as canceled, so nothing waits for them. A piece
     * already running finishes; its result goes nowhere.
     */
    void abandon() {
        threads.shutdownNow();
        results.forEach(result -> result.cancel(false));
    }
}
