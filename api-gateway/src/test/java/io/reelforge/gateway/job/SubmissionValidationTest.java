package io.reelforge.gateway.job;

import static io.reelforge.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import io.reelforge.common.job.JobStore;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.GatewaySliceConfiguration;
import io.reelforge.gateway.error.ProblemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Requests that must be refused before a job exists: each answers 400 naming the field to fix. */
@WebMvcTest(properties = "reelforge.security.anonymous=true")
@Import(GatewaySliceConfiguration.class)
class SubmissionValidationTest {

    private static final String PRODUCT = """
            {"title": "Aurora Ceramic Pour-Over Set", "images": ["https://shop.example/a.jpg"]}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    JobTracker tracker;

    @MockitoBean
    JobStore store;

    @AfterEach
    void noJobWasCreated() {
        verifyNoInteractions(tracker);
    }

    private MvcTestResult post(String path, String json) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    @Test
    void missingUrlIsRefusedNamingTheField() {
        var json = assertProblem(post("/api/v1/videos", "{\"durationSeconds\": 30}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("url");
        json.extractingPath("$.errors[0].message").isEqualTo("must not be blank");
        json.extractingPath("$.detail").asString().contains("url");
    }

    @Test
    void ftpUrlIsRefused() {
        var json = assertProblem(post("/api/v1/videos", "{\"url\": \"ftp://shop.example/p/1\"}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("url");
        json.extractingPath("$.errors[0].message").isEqualTo("must be an http or https URL");
    }

    @Test
    void tooLongUrlIsRefused() {
        String url = "https://shop.example/" + "a".repeat(2048);
        var json = assertProblem(post("/api/v1/videos", "{\"url\": \"" + url + "\"}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("url");
    }

    @Test
    void cloudMetadataAddressIsBlockedNamingTheFieldAndTheReason() {
        var json = assertProblem(post("/api/v1/videos", "{\"url\": \"http://169.254.169.254/latest/meta-data\"}"),
                ProblemType.BLOCKED_URL);
        json.extractingPath("$.errors[0].field").isEqualTo("url");
        json.extractingPath("$.errors[0].message").asString().contains("169.254.169.254");
        json.extractingPath("$.detail").asString().contains("url").contains("non-public address");
    }

    @Test
    void loopbackIsBlockedOnTheOriginalScrapeRouteToo() {
        var json = assertProblem(post("/api/v1/scrape-product-url", "{\"url\": \"http://10.0.0.7/admin\"}"),
                ProblemType.BLOCKED_URL);
        json.extractingPath("$.errors[0].field").isEqualTo("url");
    }

    @Test
    void durationOutsideFiveToOneHundredEightySecondsIsRefused() {
        var json = assertProblem(post("/api/v1/videos", "{\"url\": \"https://shop.example/p\", \"durationSeconds\": 4}"),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("durationSeconds");
        json.extractingPath("$.errors[0].message").isEqualTo("must be between 5 and 180 seconds");
    }

    @Test
    void languageThatIsNotATagIsRefused() {
        var json = assertProblem(post("/api/v1/videos", "{\"url\": \"https://shop.example/p\", \"language\": \"english please\"}"),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("language");
    }

    @Test
    void audienceWithMarkupIsRefused() {
        var json = assertProblem(post("/api/v1/videos", """
                {"url": "https://shop.example/p", "audience": "<b>parents</b>"}"""), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("audience");
        json.extractingPath("$.errors[0].message").asString().startsWith("must be a few words");
    }

    @Test
    void audienceLongerThanEightyCharactersIsRefused() {
        var json = assertProblem(post("/api/v1/generate-script", "{\"keyword\": \"coffee\", \"audience\": \""
                + "a".repeat(81) + "\"}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[*].field").asArray().containsOnly("audience");
    }

    @Test
    void callToActionLongerThanOneHundredTwentyCharactersIsRefused() {
        var json = assertProblem(post("/api/v1/videos", "{\"url\": \"https://shop.example/p\", \"callToAction\": \""
                + "Buy now. ".repeat(14) + "\"}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("callToAction");
    }

    @Test
    void maxScenesBelowOneIsRefused() {
        var json = assertProblem(post("/api/v1/generate-script", "{\"keyword\": \"coffee\", \"maxScenes\": 0}"),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("maxScenes");
        json.extractingPath("$.errors[0].message").isEqualTo("must be between 1 and 12");
    }

    @Test
    void maxScenesAboveTwelveIsRefusedOnTheVideoFromProductRouteToo() {
        var json = assertProblem(post("/api/v1/generate-video", "{\"product\": " + PRODUCT + ", \"maxScenes\": 13}"),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("maxScenes");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheAllowedValues() {
        var json = assertProblem(post("/api/v1/videos", """
                {"url": "https://shop.example/p", "format": "3:2"}"""), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("format");
        json.extractingPath("$.errors[0].message").isEqualTo("must be one of 9:16, 9:16@1080, 1:1, 4:5, 16:9, 16:9@720");
    }

    @Test
    void aFreeFrameSizeIsNotAFormatAClientMayAskFor() {
        var json = assertProblem(post("/api/v1/generate-video", "{\"product\": " + PRODUCT
                + ", \"format\": \"4096x4096\"}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("format");
    }

    @Test
    void musicFromAFilePathIsRefused() {
        var json = assertProblem(post("/api/v1/videos", """
                {"url": "https://shop.example/p", "musicUrl": "/srv/reelforge/music/bed.mp3"}"""),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("musicUrl");
        json.extractingPath("$.errors[0].message").isEqualTo("must be an http or https URL");
    }

    @Test
    void musicFromAFileUrlIsRefused() {
        var json = assertProblem(post("/api/v1/generate-video", "{\"product\": " + PRODUCT
                + ", \"musicUrl\": \"file:///srv/reelforge/music/bed.mp3\"}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("musicUrl");
    }

    @Test
    void aMusicUrlLongerThanAnyOtherUrlIsRefused() {
        String url = "https://cdn.shop.example/" + "a".repeat(2048) + ".mp3";
        var json = assertProblem(post("/api/v1/videos", "{\"url\": \"https://shop.example/p\", \"musicUrl\": \""
                + url + "\"}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("musicUrl");
    }

    @Test
    void musicOnAPrivateAddressIsBlockedNamingTheField() {
        var json = assertProblem(post("/api/v1/generate-video", "{\"product\": " + PRODUCT
                + ", \"musicUrl\": \"http://10.0.0.7/bed.mp3\"}"), ProblemType.BLOCKED_URL);
        json.extractingPath("$.errors[0].field").isEqualTo("musicUrl");
        json.extractingPath("$.detail").asString().contains("musicUrl").contains("non-public address");
    }

    @Test
    void renderOptionsAreRefusedByTheScriptRouteWhichRendersNothing() {
        var json = assertProblem(post("/api/v1/generate-script", """
                {"keyword": "coffee", "format": "1:1", "captions": false, "musicUrl": "https://cdn.example/a.mp3"}"""),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[*].field").asArray().containsExactly("captions", "format", "musicUrl");
        json.extractingPath("$.errors[0].message")
                .isEqualTo("applies only to routes that render a video (/api/v1/videos, /api/v1/generate-video)");
    }

    @Test
    void unknownNarrationAndCaptionStyleAndMalformedBrandColoursAreRefusedNamingEachField() {
        var json = assertProblem(post("/api/v1/videos", """
                {"url": "https://shop.example/p", "narration": "whisper", "captionStyle": "karaoke",
                 "voice": "nova; rm -rf", "brand": {"primaryColor": "red", "logoUrl": "file:///etc/passwd"}}"""),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[*].field").asArray().containsExactly("brand.logoUrl", "brand.primaryColor",
                "captionStyle", "narration", "voice");
    }

    @Test
    void voiceNarrationCaptionStyleAndBrandAreRefusedByTheScriptRoute() {
        var json = assertProblem(post("/api/v1/generate-script", """
                {"keyword": "coffee", "voice": "nova", "narration": "none", "captionStyle": "plain",
                 "brand": {"primaryColor": "#000000"}}"""), ProblemType.VALIDATION);
        json.extractingPath("$.errors[*].field").asArray().containsExactly("brand", "captionStyle", "narration",
                "voice");
    }

    @Test
    void renderOptionsAreRefusedByTheScrapeRouteWhichRendersNothing() {
        var json = assertProblem(post("/api/v1/scrape-product-url", """
                {"url": "https://shop.example/p", "format": "1:1"}"""), ProblemType.VALIDATION);
        json.extractingPath("$.errors[*].field").asArray().containsExactly("format");
    }

    @Test
    void aWebhookEventThatIsNotOptInIsRefusedNamingTheElement() {
        var json = assertProblem(post("/api/v1/videos", """
                {"url": "https://shop.example/p", "webhookEvents": ["job.progress", "job.started"]}"""),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("webhookEvents[1]");
        json.extractingPath("$.errors[0].message").isEqualTo("must be an opt-in event: job.progress");
    }

    @Test
    void everyInvalidFieldIsNamedInOneAnswer() {
        var json = assertProblem(post("/api/v1/videos", "{\"durationSeconds\": 500, \"tone\": \"<script>\"}"),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[*].field").asArray().containsExactly("durationSeconds", "tone", "url");
    }

    @Test
    void scriptWithBothKeywordAndProductIsRefused() {
        var json = assertProblem(post("/api/v1/generate-script", "{\"keyword\": \"coffee\", \"product\": " + PRODUCT + "}"),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[*].field").asArray().containsExactly("keyword", "product");
        json.extractingPath("$.errors[0].message").isEqualTo("give either a keyword or product details, not both");
    }

    @Test
    void scriptWithNeitherKeywordNorProductIsRefused() {
        var json = assertProblem(post("/api/v1/generate-script", "{\"keyword\": \"  \"}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("keyword");
        json.extractingPath("$.errors[0].message").isEqualTo("a keyword or product details are required");
    }

    @Test
    void productFieldsAreValidatedWithTheirPath() {
        var json = assertProblem(post("/api/v1/generate-script",
                "{\"product\": {\"title\": \"\", \"images\": [\"file:///etc/passwd\"]}}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[*].field").asArray().containsExactly("product.images[0]", "product.title");
    }

    @Test
    void videoFromProductNeedsAnImage() {
        var json = assertProblem(post("/api/v1/generate-video", "{\"product\": {\"title\": \"Aurora\"}}"),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("product.images");
    }

    @Test
    void scriptSceneMustShowOneOfTheProductImages() {
        var json = assertProblem(post("/api/v1/generate-video", "{\"product\": " + PRODUCT + ", \"script\": "
                + "{\"title\": \"Aurora\", \"scenes\": [{\"narration\": \"Hi.\", \"imageIndex\": 3}]}}"),
                ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("script.scenes[0].imageIndex");
    }

    @Test
    void videoWithoutProductIsRefused() {
        var json = assertProblem(post("/api/v1/generate-video", "{}"), ProblemType.VALIDATION);
        json.extractingPath("$.errors[0].field").isEqualTo("product");
    }

    @Test
    void malformedJsonIsABadRequest() {
        var json = assertProblem(post("/api/v1/videos", "{\"url\": "), ProblemType.MALFORMED_REQUEST);
        json.extractingPath("$.detail").asString().doesNotContain("Exception").doesNotContain("tools.jackson");
    }

    @Test
    void wrongTypeIsABadRequestNamingTheField() {
        var json = assertProblem(post("/api/v1/videos", "{\"url\": \"https://shop.example/p\", \"durationSeconds\": \"long\"}"),
                ProblemType.MALFORMED_REQUEST);
        json.extractingPath("$.errors[0].field").isEqualTo("durationSeconds");
    }

    @Test
    void missingBodyIsABadRequest() {
        assertProblem(post("/api/v1/videos", ""), ProblemType.MALFORMED_REQUEST);
    }

    @Test
    void bodyThatIsNotJsonIsAnUnsupportedMediaType() {
        MvcTestResult result = mvc.post().uri("/api/v1/videos").contentType(MediaType.TEXT_PLAIN)
                .content("https://shop.example/p").exchange();
        assertProblem(result, ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(result).containsHeader("Accept");
    }
}
