package io.reelforge.media.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class OverlayScheduleTest {

    private static final int W = 32;
    private static final int H = 16;
    private static final int RED = 0xFF_E0_20_20;
    private static final int GREEN = 0xFF_20_E0_20;

    @Test
    void aFrameWaitsOnlyForTheGroupsThatMayShowInIt() {
        CompletableFuture<List<Overlay>> later = new CompletableFuture<>();
        OverlaySchedule schedule = new OverlaySchedule(List.of(
                group(0, overlay(RED, 0, 1)),
                new OverlaySchedule.Group(2.0, later)));
        byte[] frame = new byte[YuvImage.byteSize(W, H)];

        CompletableFuture<Void> composed = CompletableFuture.runAsync(() -> schedule.blendInto(frame, W, H, 0.5));

        await().atMost(Duration.ofSeconds(10)).until(composed::isDone);
        assertThat(composed).isNotCompletedExceptionally();
        assertThat(frame[0] & 0xFF).isEqualTo(YuvImage.luma(0xE0, 0x20, 0x20));
        assertThat(later).isNotDone();
    }

    @Test
    void aFrameThatMayShowAGroupWaitsForIt() {
        CompletableFuture<List<Overlay>> later = new CompletableFuture<>();
        OverlaySchedule schedule = new OverlaySchedule(List.of(new OverlaySchedule.Group(2.0, later)));
        byte[] frame = new byte[YuvImage.byteSize(W, H)];

        CompletableFuture<Void> composed = CompletableFuture.runAsync(() -> schedule.blendInto(frame, W, H, 2.5));
        assertThat(composed).isNotDone();
        later.complete(List.of(overlay(GREEN, 2, 3)));

        await().atMost(Duration.ofSeconds(10)).until(composed::isDone);
        assertThat(frame[0] & 0xFF).isEqualTo(YuvImage.luma(0x20, 0xE0, 0x20));
    }

    @Test
    void groupsAreBlendedInTheOrderGivenWhateverOrderTheyAreMadeIn() {
        CompletableFuture<List<Overlay>> below = new CompletableFuture<>();
        CompletableFuture<List<Overlay>> above = new CompletableFuture<>();
        OverlaySchedule schedule = new OverlaySchedule(List.of(new OverlaySchedule.Group(0, below),
                new OverlaySchedule.Group(0, above)));
        above.complete(List.of(overlay(GREEN, 0, 1)));
        below.complete(List.of(overlay(RED, 0, 1)));
        byte[] frame = new byte[YuvImage.byteSize(W, H)];

        schedule.blendInto(frame, W, H, 0.5);

        assertThat(frame[0] & 0xFF).isEqualTo(YuvImage.luma(0x20, 0xE0, 0x20));
    }

    @Test
    void anOverlayShowingBeforeItsGroupsPromisedTimeFailsTheFrameRatherThanGoMissing() {
        OverlaySchedule schedule = new OverlaySchedule(List.of(group(1.0, overlay(RED, 0.5, 2))));

        assertThatThrownBy(() -> schedule.blendInto(new byte[YuvImage.byteSize(W, H)], W, H, 1.2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("before its group");
    }

    private static OverlaySchedule.Group group(double from, Overlay overlay) {
        return new OverlaySchedule.Group(from, CompletableFuture.completedFuture(List.of(overlay)));
    }

    /** An opaque overlay of one colour covering the whole frame. */
    private static Overlay overlay(int argb, double start, double end) {
        BufferedImage picture = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                picture.setRGB(x, y, argb);
            }
        }
        return Overlay.of(picture, 0, 0, W, H, start, end, 0);
    }
}
