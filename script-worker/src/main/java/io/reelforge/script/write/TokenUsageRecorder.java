package io.reelforge.script.write;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the tokens each model answer cost, as it arrives: a repaired or finally failed script was paid for too.
 * Meters: {@code reelforge.script.tokens} (tags {@code model}, {@code type} = prompt or completion) and
 * {@code reelforge.script.model.requests} (tag {@code model}).
 */
public class TokenUsageRecorder {

    private final MeterRegistry meters;

    public TokenUsageRecorder(MeterRegistry meters) {
        this.meters = meters;
    }

    public void record(String model, long promptTokens, long completionTokens) {
        tokens(model, "prompt").increment(promptTokens);
        tokens(model, "completion").increment(completionTokens);
        Counter.builder("reelforge.script.model.requests").description("Answers received from the language model")
                .tag("model", model).register(meters).increment();
    }

    private Counter tokens(String model, String type) {
        return Counter.builder("reelforge.script.tokens").description("Tokens the language model read and wrote")
                .baseUnit("tokens").tag("model", model).tag("type", type).register(meters);
    }
}
