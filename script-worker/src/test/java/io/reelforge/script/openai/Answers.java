package io.reelforge.script.openai;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reelforge.common.testing.FakeOpenAiServer;
import io.reelforge.common.testing.Products;
import io.reelforge.script.config.ScriptProperties;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.TokenUsageRecorder;
import java.time.Duration;
import java.util.List;

/** The product the model tests write about, model answers about it, and writers pointed at the fake server. */
final class Answers {

    static final String KEY = "sk-test-0123456789abcdef";
    static final List<String> THREE_IMAGES = List.of("https://shop.example/1.jpg", "https://shop.example/2.jpg",
            "https://shop.example/3.jpg");
    static final ScriptSubject AURORA = new ScriptSubject.Product(Products.aProduct(THREE_IMAGES));

    /** A script about {@link #AURORA} that passes every rule at 30 seconds in English. */
    static final String VALID = """
            {"hook":"Slow mornings, better coffee.","scenes":[
             {"narration":"Slow mornings, better coffee. Meet the Aurora pour-over set from Northfield.",\
            "onScreenText":"Meet Aurora","imageIndex":0,"emphasis":"product"},
             {"narration":"Hand-glazed stoneware, with a 600 ml glass carafe.","onScreenText":"Hand-glazed",\
            "imageIndex":1,"emphasis":"Feature"},
             {"narration":"All for 49 dollars. Get yours today.","onScreenText":"$49","imageIndex":2,\
            "emphasis":"price"}],
             "callToAction":"Get yours today."}""";

    private Answers() {
    }

    /** An answer of one scene per narration, showing the images in order. */
    static String withNarrations(String... narrations) {
        StringBuilder scenes = new StringBuilder();
        for (int i = 0; i < narrations.length; i++) {
            scenes.append(i == 0 ? "" : ",").append("{\"narration\":\"").append(narrations[i])
                    .append("\",\"onScreenText\":\"Scene ").append(i + 1).append("\",\"imageIndex\":")
                    .append(i % 3).append(",\"emphasis\":null}");
        }
        return "{\"hook\":\"Meet Aurora.\",\"scenes\":[" + scenes + "],\"callToAction\":\"Get yours today.\"}";
    }

    static OpenAiScriptWriter writer(FakeOpenAiServer openAi, int maxRetries) {
        return writer(openAi, "gpt-4o", 0.7, maxRetries, Duration.ofSeconds(10), new SimpleMeterRegistry());
    }

    static OpenAiScriptWriter writer(FakeOpenAiServer openAi, String model, Double temperature, int maxRetries,
            Duration timeout, SimpleMeterRegistry meters) {
        return OpenAiScriptWriter.create(new ScriptProperties.OpenAi(KEY, openAi.baseUrl(), model, temperature,
                timeout, maxRetries), new TokenUsageRecorder(meters));
    }
}
