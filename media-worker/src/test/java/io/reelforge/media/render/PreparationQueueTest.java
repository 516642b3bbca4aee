package io.reelforge.media.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A video's pieces are made soonest-needed first; a video given up makes no more of them. */
class PreparationQueueTest {

    @Test
    void piecesStartInTheOrderTheVideoNeedsThem() {
        PreparationQueue queue = new PreparationQueue(1);
        StringBuilder order = new StringBuilder();
        CompletableFuture<String> late = queue.add(20, () -> order.append("late").toString());
        CompletableFuture<String> early = queue.add(0, () -> order.append("early,").toString());

        queue.start();

        assertThat(late.join()).isEqualTo("early,late");
        assertThat(early).isDone();
    }

    @Test
    void anAbandonedVideoStartsNoMorePiecesAndNothingWaitsForThem() throws InterruptedException {
        PreparationQueue queue = new PreparationQueue(1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger laterPiecesRun = new AtomicInteger();
        CompletableFuture<String> first = queue.add(0, () -> {
            running.countDown();
            await().until(() -> release.getCount() == 0);
            return "made";
        });
        CompletableFuture<Integer> second = queue.add(5, laterPiecesRun::incrementAndGet);
        CompletableFuture<Integer> third = queue.add(10, laterPiecesRun::incrementAndGet);
        queue.start();
        running.await();

        queue.abandon();
        release.countDown();

        assertThat(second).isCancelled();
        assertThat(third).isCancelled();
        assertThat(first).isCancelled(); // its result goes nowhere
        assertThat(laterPiecesRun).hasValue(0);
    }
}
