package io.reelforge.script.write;

import io.reelforge.common.script.TokenUsage;
import io.reelforge.common.script.VideoScript;
import org.jspecify.annotations.Nullable;

/**
 * A script and what writing it cost.
 *
 * @param usage the model's tokens over every request made for this script (a repair included); null offline
 */
public record WrittenScript(VideoScript script, @Nullable TokenUsage usage) {

    public static WrittenScript offline(VideoScript script) {
        return new WrittenScript(script, null);
    }
}
