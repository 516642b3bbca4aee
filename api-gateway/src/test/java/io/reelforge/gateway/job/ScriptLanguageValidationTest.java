package io.reelforge.gateway.job;

import static io.reelforge.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.reelforge.common.job.JobStore;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.GatewaySliceConfiguration;
import io.reelforge.gateway.error.ProblemType;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A language the script writer cannot write is refused at submit, naming the field and the languages it writes,
 * instead of a script that comes back in English. The offline writer's list is configured explicitly here, so the
 * test does not depend on whether the machine running it has an OpenAI key.
 */
@WebMvcTest(properties = {"reelforge.security.anonymous=true", "reelforge.gateway.script-languages=en,de,fr,es"})
@Import(GatewaySliceConfiguration.class)
class ScriptLanguageValidationTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    JobTracker tracker;

    @MockitoBean
    JobStore store;

    @BeforeEach
    void trackerSavesWhatItIsGiven() {
        when(tracker.create(any())).thenAnswer(call -> call.getArgument(0));
    }

    private MvcTestResult post(String path, String json) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    static Stream<Arguments> routesThatWriteAScript() {
        return Stream.of(
                Arguments.of("/api/v1/videos", "{\"url\": \"http://127.0.0.1:9/p\", \"language\": \"zh-Hant-TW\"}"),
                Arguments.of("/api/v1/generate-script", "{\"keyword\": \"tea\", \"language\": \"zh-Hant-TW\"}"),
                Arguments.of("/api/v1/generate-video",
                        "{\"product\": {\"title\": \"Aurora\", \"images\": [\"https://shop.example/a.jpg\"]},"
                                + " \"language\": \"zh-Hant-TW\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routesThatWriteAScript")
    void aLanguageTheScriptWriterCannotWriteIsRefusedNamingTheFieldAndTheLanguagesItWrites(String route, String body) {
        MvcTestResult result = post(route, body);

        var json = assertProblem(result, ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("language");
        json.extractingPath("$.errors[0].message").asString().contains("de, en, es, fr", "zh-Hant-TW is not");
        verify(tracker, never()).create(any());
    }

    @Test
    void aRegionalVariantOfAWrittenLanguageIsAccepted() {
        MvcTestResult result = post("/api/v1/videos", """
                {"url": "http://127.0.0.1:9/products/aurora", "language": "de-AT"}""");

        assertThat(result).hasStatus(202);
    }

    @Test
    void aRenderOfTheClientsOwnScriptWritesNoScriptSoAnyLanguageIsAccepted() {
        MvcTestResult result = post("/api/v1/generate-video", """
                {"product": {"title": "Aurora", "images": ["https://shop.example/a.jpg"]}, "language": "zh-Hant-TW",
                 "script": {"title": "Aurora",
                            "scenes": [{"narration": "慢慢地享受早晨。", "imageIndex": 0}]}}""");

        assertThat(result).hasStatus(202);
    }
}
