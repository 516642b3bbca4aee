package io.reelforge.script.openai;

import static io.reelforge.script.openai.Answers.AURORA;
import static io.reelforge.script.openai.Answers.VALID;
import static io.reelforge.script.openai.Answers.withNarrations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobWarning;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.testing.FakeOpenAiServer;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.SpokenText;
import io.reelforge.script.write.WrittenScript;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the model answers, and what becomes of it: accepted, repaired once, or refused. */
class OpenAiScriptWriterTest {

    private final FakeOpenAiServer openAi = FakeOpenAiServer.start();

    @AfterEach
    void stop() {
        openAi.close();
    }

    private WrittenScript write(ScriptSubject subject) {
        try (var writer = Answers.writer(openAi, 0)) {
            return writer.write(subject, JobOptions.defaults());
        }
    }

    /** The user message of the repair request: the problems the model was sent back. */
    private String repairRequest() {
        JsonNode messages = openAi.chatRequests().get(1).json().path("messages");
        assertThat(messages.get(2).path("role").asString()).isEqualTo("assistant");
        return messages.get(3).path("content").asString();
    }

    @Test
    void aValidAnswerIsMappedIntoAVideoScriptWithoutAnotherRequest() {
        openAi.enqueueChatContent(VALID);

        VideoScript script = write(AURORA).script();

        assertThat(script.title()).isEqualTo("Aurora Ceramic Pour-Over Set");
        assertThat(script.language()).isEqualTo("en");
        assertThat(script.hook()).isEqualTo("Slow mornings, better coffee.");
        assertThat(script.callToAction()).isEqualTo("Get yours today.");
        assertThat(script.scenes()).extracting(Scene::imageIndex).containsExactly(0, 1, 2);
        assertThat(script.scenes()).extracting(Scene::onScreenText).containsExactly("Meet Aurora", "Hand-glazed", "$49");
        assertThat(script.scenes()).extracting(Scene::emphasis).containsExactly("product", "feature", "price");
        assertThat(openAi.chatRequests()).hasSize(1);
    }

    @Test
    void aScriptShorterThanItsDurationIsKeptWithAWarningNotSentBackForMoreWords() {
        openAi.enqueueChatContent(VALID); // 25 words for 30 s: the page's three facts, told once

        VideoScript script = write(AURORA).script();

        assertThat(openAi.chatRequests()).as("asking for more words is asking the model to invent").hasSize(1);
        assertThat(script.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(JobWarning.Code.DURATION_SHORT);
            assertThat(warning.message()).contains("30 s asked for", "language model found no more to say");
        });
    }

    @Test
    void aScriptThatFillsItsDurationHasNoWarning() {
        String facts = "Hand-glazed stoneware and a 600 ml glass carafe, made for slow and quiet mornings at home.";
        openAi.enqueueChatContent(withNarrations("Meet the Aurora pour-over set from Northfield.", facts, facts, facts,
                "It fits standard number 2 filters. Get yours today."));

        VideoScript script = write(AURORA).script();

        assertThat(SpokenText.wordCount(script.narration())).isBetween(55, 72);
        assertThat(script.warnings()).isEmpty();
    }

    @Test
    void anOverLongScriptIsRepairedOnceWithTheProblemsSentBack() {
        String rambling = "Hand-glazed stoneware makes every slow morning feel calm and warm and good. ".repeat(8);
        openAi.enqueueChatContent(withNarrations("Meet Aurora.", rambling.strip(), "Get yours today."));
        openAi.enqueueChatContent(VALID);

        VideoScript script = write(AURORA).script();

        assertThat(script.hook()).isEqualTo("Slow mornings, better coffee.");
        assertThat(openAi.chatRequests()).hasSize(2);
        assertThat(repairRequest()).contains("too many for 30 seconds", "at most 66 words");
        String answered = openAi.chatRequests().get(1).json().path("messages").get(2).path("content").asString();
        assertThat(answered).contains("Hand-glazed stoneware makes every slow morning");
    }

    @Test
    void anImageIndexOutOfRangeIsRepaired() {
        openAi.enqueueChatContent("""
                {"hook":"h","scenes":[{"narration":"Meet Aurora.","onScreenText":"a","imageIndex":7,"emphasis":null}],\
                "callToAction":"c"}""");
        openAi.enqueueChatContent(VALID);

        assertThat(write(AURORA).script().scenes()).extracting(Scene::imageIndex).containsExactly(0, 1, 2);
        assertThat(repairRequest()).contains("Scene 1 shows image 7, but the images are numbered 0 to 2.");
    }

    @Test
    void anImageRepeatedBeforeEveryImageWasShownIsRepaired() {
        openAi.enqueueChatContent("""
                {"hook":"h","scenes":[{"narration":"One.","onScreenText":"a","imageIndex":0,"emphasis":null},
                {"narration":"Two.","onScreenText":"b","imageIndex":0,"emphasis":null}],"callToAction":"c"}""");
        openAi.enqueueChatContent(VALID);

        write(AURORA);

        assertThat(repairRequest()).contains("Scene 2 shows image 0 again before every image was shown once");
    }

    @Test
    void markdownEmojiLinksAndWrittenPricesAreSentBackForRepair() {
        openAi.enqueueChatContent(withNarrations("**Brew** better ☕🔥", "Only $49 at https://shop.example/a",
                "Get yours today."));
        openAi.enqueueChatContent(VALID);

        write(AURORA);

        assertThat(repairRequest()).contains("markdown", "emoji", "web address", "A price is written, not spoken");
    }

    @Test
    void claimsThePageNeverMadeAreSentBackForRepair() {
        openAi.enqueueChatContent(withNarrations("Meet the award-winning Aurora.",
                "Today only, save 20 percent off, with free shipping.", "Get yours today."));
        openAi.enqueueChatContent(VALID);

        write(AURORA);

        assertThat(repairRequest()).contains("claims a discount or sale", "claims free shipping",
                "claims an award", "claims a time limit");
    }

    @Test
    void aScriptStillInvalidAfterTheRepairFailsWithScriptInvalid() {
        String withLink = withNarrations("Meet Aurora at https://aurora.example/buy now.");
        openAi.enqueueChatContent(withLink);
        openAi.enqueueChatContent(withLink);

        assertThatThrownBy(() -> write(AURORA)).isInstanceOfSatisfying(PermanentJobFailure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.SCRIPT_INVALID))
                .hasMessageContaining("still invalid after one repair")
                .hasMessageContaining("web address");
        assertThat(openAi.chatRequests()).hasSize(2);
    }

    @Test
    void malformedJsonIsRepairedOnce() {
        openAi.enqueueChatContent("Sure! Here is your script: {not json");
        openAi.enqueueChatContent(VALID);

        assertThat(write(AURORA).script().scenes()).hasSize(3);
        assertThat(repairRequest()).contains("not a JSON document of the required schema");
    }

    @Test
    void malformedJsonTwiceFailsWithScriptInvalid() {
        openAi.enqueueChatContent("{not json");
        openAi.enqueueChatContent("{still not json");

        assertThatThrownBy(() -> write(AURORA)).isInstanceOfSatisfying(PermanentJobFailure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.SCRIPT_INVALID));
    }

    @Test
    void aScriptWithoutScenesIsRepaired() {
        openAi.enqueueChatContent("{\"hook\":\"h\",\"scenes\":[],\"callToAction\":\"c\"}");
        openAi.enqueueChatContent(VALID);

        write(AURORA);

        assertThat(repairRequest()).contains("The script has no scenes.");
    }

    @Test
    void aRefusalFailsWithScriptRefusedAtOnce() {
        openAi.enqueueChatRefusal("I can't help with that.");

        assertThatThrownBy(() -> write(AURORA)).isInstanceOfSatisfying(PermanentJobFailure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.SCRIPT_REFUSED)).hasMessageContaining("declined");
        assertThat(openAi.chatRequests()).hasSize(1);
    }

    @Test
    void aKeywordScriptHasNoImagesToPointAt() {
        openAi.enqueueChatContent(withNarrations("Choosing a grinder starts with your coffee.", "Then your budget."));

        VideoScript script = write(new ScriptSubject.Keyword("coffee grinder")).script();

        assertThat(script.scenes()).extracting(Scene::imageIndex).containsOnly(0);
    }

    @Test
    void theTokensOfEveryAnswerAreCountedTheRepairIncluded() {
        openAi.enqueueChatContent("{not json");
        openAi.enqueueChatContent(VALID);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        WrittenScript written;
        try (var writer = Answers.writer(openAi, "gpt-4o", 0.7, 0, Duration.ofSeconds(10), meters)) {
            written = writer.write(AURORA, JobOptions.defaults());
        }

        // the fake bills 10 prompt and 10 completion tokens an answer
        assertThat(written.usage()).isNotNull();
        assertThat(written.usage().requests()).isEqualTo(2);
        assertThat(written.usage().totalTokens()).isEqualTo(40);
        assertThat(meters.get("reelforge.script.tokens").tag("type", "prompt").tag("model", "gpt-4o").counter()
                .count()).isEqualTo(20);
        assertThat(meters.get("reelforge.script.tokens").tag("type", "completion").counter().count()).isEqualTo(20);
        assertThat(meters.get("reelforge.script.model.requests").counter().count()).isEqualTo(2);
    }
}
