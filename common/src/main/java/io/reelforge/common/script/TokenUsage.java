package io.reelforge.common.script;

/**
 * Tokens a language model read and wrote for one script: what the provider bills. Kept on the job beside the
 * script, so a client sees what its job cost.
 *
 * @param model the model that answered (as configured, e.g. {@code gpt-4o})
 * @param requests the model calls made for the script, a repair included
 */
public record TokenUsage(String model, long promptTokens, long completionTokens, int requests) {

    public static TokenUsage none(String model) {
        return new TokenUsage(model, 0, 0, 0);
    }

    public TokenUsage plus(long prompt, long completion) {
        return new TokenUsage(model, promptTokens + prompt, completionTokens + completion, requests + 1);
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
