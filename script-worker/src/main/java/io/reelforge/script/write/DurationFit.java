package io.reelforge.script.write;

import io.reelforge.common.job.JobWarning;
import io.reelforge.common.script.VideoScript;
import java.util.List;
import java.util.Locale;

/**
 * Whether a script fills the video's length. The narration sets a video's length, so a script is judged by how long
 * it takes to say ({@link WordBudget#seconds}: its words at the language's pace and a pause around each scene). One
 * that lasts at least {@value #LEAST_SHARE_PERCENT} % of the length asked for is within 15 % of it (the writers never
 * go past the budget by more than a model's small slack); a shorter one gets a {@code duration_short} warning that
 * says why, rather than narration invented to fill the time.
 */
public final class DurationFit {

    static final int LEAST_SHARE_PERCENT = 85;

    private DurationFit() {
    }

    /** The fewest words that still make a video within 15 % of the length, said in {@code rules.maxScenes()} scenes. */
    public static int leastWords(ScriptRules rules) {
        double speaking = rules.durationSeconds() * LEAST_SHARE_PERCENT / 100.0
                - rules.maxScenes() * WordBudget.SCENE_PAUSE_SECONDS;
        return Math.max(1, Math.min(rules.wordBudget(),
                (int) Math.ceil(speaking * WordBudget.wordsPerSecond(rules.language()))));
    }

    /** How long the script takes to say, in seconds. */
    public static double seconds(VideoScript script, String language) {
        return WordBudget.seconds(SpokenText.wordCount(script.narration()), script.scenes().size(), language);
    }

    /**
     * The script with a {@code duration_short} warning when it falls short of the length.
     *
     * @param why why no more was written, ending the sentence that reports the shortfall
     */
    public static VideoScript checked(VideoScript script, ScriptRules rules, String why) {
        double seconds = seconds(script, rules.language());
        if (seconds * 100 >= rules.durationSeconds() * LEAST_SHARE_PERCENT) {
            return script;
        }
        String message = String.format(Locale.ROOT, "The narration has %d words in %d scenes, about %.0f s at a"
                + " narrator's pace, for the %d s asked for: %s. The video is that much shorter.",
                SpokenText.wordCount(script.narration()), script.scenes().size(), seconds, rules.durationSeconds(),
                why);
        return script.withWarnings(List.of(new JobWarning(JobWarning.Code.DURATION_SHORT, message)));
    }
}
