package io.reelforge.common.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Something a client should know about a job that succeeded: what it got is not quite what it asked for, and why.
 * A failure stops a job ({@link JobError}); a warning does not.
 *
 * @param code what kind of shortfall, stable for clients to switch on
 * @param message the reason, in words a person can act on
 */
public record JobWarning(Code code, String message) {

    /** Stable warning codes; never rename one. */
    public enum Code {
        /**
         * The narration is shorter than {@code durationSeconds} asked for by more than 15 %: the product's facts
         * gave no more to say, and nothing is invented to fill the time.
         */
        DURATION_SHORT(false),
        /**
         * The brand kit's logo could not be fetched or decoded (or is an SVG that cannot be drawn safely): the video
         * was rendered without it.
         */
        LOGO_UNUSABLE(true);

        private final boolean render;

        Code(boolean render) {
            this.render = render;
        }

        /** Whether the render says this: a render's warnings replace an earlier render's (a retry's). */
        public boolean fromRender() {
            return render;
        }

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
