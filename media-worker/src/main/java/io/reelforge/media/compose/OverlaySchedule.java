package io.reelforge.media.compose;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The overlays of a video, some still being drawn when the encoder starts. Each group is promised by the earliest
 * time any of its overlays shows, so a frame waits only for the groups it can show: the opening card holds up the
 * first frame, a caption for the last scene holds up nothing until then. Groups are blended in the order given (the
 * later on top), whatever order they finish in.
 */
public final class OverlaySchedule {

    /**
     * @param from no overlay of the group shows before this many seconds (checked when the group is ready)
     * @param overlays the group, ready or on its way
     */
    public record Group(double from, CompletableFuture<List<Overlay>> overlays) {
    }

    private final List<Group> groups;

    public OverlaySchedule(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /** Overlays already made, shown from the start. */
    public static OverlaySchedule ready(List<Overlay> overlays) {
        return new OverlaySchedule(List.of(new Group(0, CompletableFuture.completedFuture(List.copyOf(overlays)))));
    }

    /** Everything drawn: the whole schedule is ready. */
    public CompletableFuture<Void> allReady() {
        return CompletableFuture.allOf(groups.stream().map(Group::overlays).toArray(CompletableFuture[]::new));
    }

    /** Blends every overlay showing at {@code seconds}, waiting for the groups that may show then. */
    void blendInto(byte[] frame, int frameWidth, int frameHeight, double seconds) {
        for (Group group : groups) {
            if (group.from() > seconds) {
                continue;
            }
            for (Overlay overlay : group.overlays().join()) {
                if (overlay.start() < group.from()) {
                    // a promise broken would leave the overlay off the frames before it: fail loudly instead
                    throw new IllegalStateException("an overlay starts at " + overlay.start() + " s, before its group's "
                            + group.from() + " s");
                }
                overlay.blendInto(frame, frameWidth, frameHeight, seconds);
            }
        }
    }
}
