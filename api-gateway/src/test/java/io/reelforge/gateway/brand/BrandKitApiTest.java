package io.reelforge.gateway.brand;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.message.Topics;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import io.reelforge.gateway.TopicReader;
import io.reelforge.gateway.batch.BatchItem;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A tenant's brand kit through the API: set, read, replaced, removed, seen by its own keys only, and the kit each
 * job renders with (the job's fields over the tenant's) in the render request the media worker reads.
 */
class BrandKitApiTest extends RunningGateway {

    /** Loopback is an allowed host in these tests; nothing is fetched at submit. */
    private static final String LOGO = "http://127.0.0.1:1/brand/logo.png";
    private static final String PRODUCT = """
            {"title": "Aurora Smartwatch", "price": 199, "currency": "USD",
             "images": ["http://127.0.0.1:1/aurora.jpg"]}""";
    private static final String SCRIPT = """
            {"language": "en", "title": "Aurora", "scenes": [{"narration": "Meet Aurora.", "imageIndex": 0}]}""";

    @Autowired
    JobStore jobs;

    @Test
    void aKitIsSetReadReplacedAndRemoved() {
        ApiClient client = newTenant();

        HttpResponse<String> put = client.put("/api/v1/brand", """
                {"logoUrl": "%s", "primaryColor": "#1d3557", "accentColor": "#E63946", "font": "Comfortaa"}"""
                .formatted(LOGO));
        JsonNode read = json(client.get("/api/v1/brand"));
        client.put("/api/v1/brand", "{\"primaryColor\": \"#FFD54F\"}");
        JsonNode replaced = json(client.get("/api/v1/brand"));
        HttpResponse<String> deleted = client.delete("/api/v1/brand");
        HttpResponse<String> gone = client.get("/api/v1/brand");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(read.path("logoUrl").asString()).isEqualTo(LOGO);
        assertThat(read.path("primaryColor").asString()).isEqualTo("#1D3557");
        assertThat(read.path("accentColor").asString()).isEqualTo("#E63946");
        assertThat(read.path("font").asString()).isEqualTo("comfortaa");
        assertThat(replaced.path("primaryColor").asString()).isEqualTo("#FFD54F");
        assertThat(replaced.path("logoUrl").isNull() || replaced.path("logoUrl").isMissingNode())
                .as("a PUT replaces the whole kit").isTrue();
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone).path("code").asString()).isEqualTo("brand_kit_not_found");
    }

    @Test
    void aKeySeesAndChangesOnlyItsOwnTenantsKit() {
        ApiClient owner = newTenant();
        ApiClient other = newTenant();
        owner.put("/api/v1/brand", "{\"primaryColor\": \"#1D3557\"}");

        HttpResponse<String> foreign = other.get("/api/v1/brand");
        other.put("/api/v1/brand", "{\"primaryColor\": \"#FFD54F\"}");
        other.delete("/api/v1/brand");

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(json(owner.get("/api/v1/brand")).path("primaryColor").asString()).isEqualTo("#1D3557");
    }

    @Test
    void aKitNamingAFontThatIsNotShippedIsRefusedNamingTheFieldAndTheFonts() {
        HttpResponse<String> answer = newTenant().put("/api/v1/brand", "{\"font\": \"papyrus\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = json(answer);
        assertThat(problem.path("code").asString()).isEqualTo("validation");
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("font");
        assertThat(problem.path("errors").path(0).path("message").asString())
                .contains("dejavu-sans", "noto-sans", "comfortaa");
    }

    @Test
    void aKitWhoseLogoIsAtAPrivateAddressIsRefused() {
        HttpResponse<String> answer = newTenant().put("/api/v1/brand",
                "{\"logoUrl\": \"http://169.254.169.254/latest/logo.png\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("code").asString()).isEqualTo("blocked_url");
        assertThat(json(answer).path("errors").path(0).path("field").asString()).isEqualTo("logoUrl");
    }

    @Test
    void theShippedFontsAreListedWithTheirScriptsLicencesAndFiles() {
        JsonNode fonts = json(newTenant().get("/api/v1/brand/fonts"));

        assertThat(fonts.path("defaultFont").asString()).isEqualTo("dejavu-sans");
        assertThat(fonts.path("fonts").valueStream().map(f -> f.path("name").asString()))
                .containsExactly("dejavu-sans", "noto-sans", "comfortaa");
        assertThat(fonts.path("fonts")).allSatisfy(font -> {
            assertThat(font.path("licence").asString()).isNotBlank();
            assertThat(font.path("description").asString()).isNotBlank();
            assertThat(font.path("scripts").valueStream().map(JsonNode::asString)).contains("Latin", "Greek",
                    "Cyrillic");
            String file = font.path("file").asString();
            assertThat(file).isEqualTo("/console/fonts/" + font.path("name").asString() + ".ttf");
            assertThat(anonymous().get(file).statusCode()).as("served without a key").isEqualTo(200);
        });
    }

    @Test
    void aJobsOwnBrandFieldsOverTheTenantsKitReachTheRenderRequest() {
        ApiClient client = newTenant();
        client.put("/api/v1/brand", "{\"logoUrl\": \"%s\", \"primaryColor\": \"#1D3557\", \"font\": \"comfortaa\"}"
                .formatted(LOGO));

        String id = json(client.post("/api/v1/generate-video", """
                {"product": %s, "script": %s, "brand": {"primaryColor": "#FFD54F", "accentColor": "#E63946"}}"""
                .formatted(PRODUCT, SCRIPT))).path("id").asString();

        RenderRequest request = (RenderRequest) TopicReader.awaitMessage(Topics.RENDER_REQUESTS, id).payload();
        assertThat(request.options().brand()).isEqualTo(new BrandKit(LOGO, "#FFD54F", "#E63946", "comfortaa"));
    }

    @Test
    void aJobWithoutBrandFieldsRendersWithTheTenantsKitAndWithoutOneWithNone() {
        ApiClient branded = newTenant();
        branded.put("/api/v1/brand", "{\"accentColor\": \"#E63946\"}");
        String body = "{\"product\": %s, \"script\": %s}".formatted(PRODUCT, SCRIPT);

        String withKit = json(branded.post("/api/v1/generate-video", body)).path("id").asString();
        String without = json(newTenant().post("/api/v1/generate-video", body)).path("id").asString();

        assertThat(((RenderRequest) TopicReader.awaitMessage(Topics.RENDER_REQUESTS, withKit).payload()).options()
                .brand()).isEqualTo(new BrandKit(null, null, "#E63946", null));
        assertThat(((RenderRequest) TopicReader.awaitMessage(Topics.RENDER_REQUESTS, without).payload()).options()
                .brand()).isNull();
    }

    @Test
    void aJobNamingAFontThatIsNotShippedIsRefusedNamingBrandFont() {
        HttpResponse<String> answer = newTenant().post("/api/v1/videos",
                "{\"url\": \"http://127.0.0.1:1/p\", \"brand\": {\"font\": \"papyrus\"}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("errors").path(0).path("field").asString()).isEqualTo("brand.font");
        assertThat(json(answer).path("errors").path(0).path("message").asString()).contains("comfortaa");
    }

    @Test
    void aJobWhoseLogoIsAtAPrivateAddressIsBlocked() {
        HttpResponse<String> answer = newTenant().post("/api/v1/videos",
                "{\"url\": \"http://127.0.0.1:1/p\", \"brand\": {\"logoUrl\": \"http://10.0.0.7/logo.png\"}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("code").asString()).isEqualTo("blocked_url");
        assertThat(json(answer).path("errors").path(0).path("field").asString()).isEqualTo("brand.logoUrl");
    }

    @Test
    void aBatchsItemsRenderWithTheTenantsKitUnderTheirOwnFields() {
        ApiClient client = newTenant();
        client.put("/api/v1/brand", "{\"primaryColor\": \"#1D3557\", \"font\": \"noto-sans\"}");

        String batch = json(client.post("/api/v1/batches", """
                {"items": [{"url": "http://127.0.0.1:1/p/1", "options": {"brand": {"font": "comfortaa"}}},
                           {"url": "http://127.0.0.1:1/p/2"}]}""")).path("id").asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> jobs.find(BatchItem.jobId(batch, 1)).isPresent());
        assertThat(jobs.find(BatchItem.jobId(batch, 0)).orElseThrow().request().options().brand())
                .isEqualTo(new BrandKit(null, "#1D3557", null, "comfortaa"));
        assertThat(jobs.find(BatchItem.jobId(batch, 1)).orElseThrow().request().options().brand())
                .isEqualTo(new BrandKit(null, "#1D3557", null, "noto-sans"));
    }

    @Test
    void aBatchItemNamingAFontThatIsNotShippedIsRefusedNamingTheItem() {
        HttpResponse<String> answer = newTenant().post("/api/v1/batches", """
                {"items": [{"url": "http://127.0.0.1:1/p/1"},
                           {"url": "http://127.0.0.1:1/p/2", "options": {"brand": {"font": "papyrus"}}}]}""");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("errors").path(0).path("field").asString())
                .isEqualTo("items[1].options.brand.font");
    }
}
