package io.reelforge.script.write;

/** Tokens a model read and wrote for one script: what the provider bills. */
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
