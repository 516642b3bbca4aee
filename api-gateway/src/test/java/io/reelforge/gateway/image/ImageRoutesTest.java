package io.reelforge.gateway.image;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import io.reelforge.gateway.feed.FeedServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A job's product images and the tenant's logo through the gateway, as the console loads them: the store's real
 * bytes, typed by what they are, never what the store claims; refused where the fetch policy refuses the address;
 * another tenant's job is not found.
 */
class ImageRoutesTest extends RunningGateway {

    private static final byte[] PNG = png();
    private static final String SVG = """
            <?xml version="1.0"?><!-- a logo --><svg xmlns="http://www.w3.org/2000/svg" width="4" height="2">\
            <rect width="4" height="2" fill="#1d3557"/></svg>""";
    private static final String SCRIPT = """
            {"language": "en", "title": "Aurora", "scenes": [{"narration": "Meet Aurora.", "imageIndex": 0}]}""";

    private final FeedServer store = new FeedServer();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aProductImageIsTheStoresBytesTypedPrivateAndNotSniffed() {
        ApiClient client = newTenant();
        String id = renderJob(client, store.serve("/aurora.png", "application/octet-stream", PNG));

        HttpResponse<byte[]> answer = bytes(client, "/api/v1/jobs/" + id + "/images/0");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(PNG);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("private", "max-age="));
    }

    @Test
    void anHtmlPageLabelledAsAnImageIsRefused() {
        ApiClient client = newTenant();
        String id = renderJob(client, store.serve("/fake.jpg", "image/jpeg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> answer = client.get("/api/v1/jobs/" + id + "/images/0");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("code").asString()).isEqualTo("not_an_image");
    }

    @Test
    void anSvgIsNoProductImage() {
        ApiClient client = newTenant();
        String id = renderJob(client, store.serve("/drawing.svg", "image/svg+xml", SVG.getBytes(StandardCharsets.UTF_8)));

        assertThat(json(client.get("/api/v1/jobs/" + id + "/images/0")).path("code").asString())
                .isEqualTo("not_an_image");
    }

    @Test
    void anImageAtAPrivateAddressIsNotFetched() {
        ApiClient client = newTenant();
        String id = renderJob(client, "http://169.254.169.254/latest/meta-data/photo.png");

        HttpResponse<String> answer = client.get("/api/v1/jobs/" + id + "/images/0");

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = json(answer);
        assertThat(problem.path("code").asString()).isEqualTo("blocked_url");
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("product.images[0]");
    }

    @Test
    void aStoreThatFailsIsABadGateway() {
        ApiClient client = newTenant();
        String id = renderJob(client, store.url("/missing.png"));

        HttpResponse<String> answer = client.get("/api/v1/jobs/" + id + "/images/0");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("code").asString()).isEqualTo("image_unavailable");
        assertThat(json(answer).path("detail").asString()).contains("HTTP 404");
    }

    @Test
    void anotherTenantsJobAndAnImageNumberTheJobHasNotAreNotFound() {
        ApiClient owner = newTenant();
        String id = renderJob(owner, store.serve("/aurora.png", "image/png", PNG));

        HttpResponse<String> foreign = newTenant().get("/api/v1/jobs/" + id + "/images/0");
        HttpResponse<String> pastTheEnd = owner.get("/api/v1/jobs/" + id + "/images/1");

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(json(foreign).path("code").asString()).isEqualTo("job_not_found");
        assertThat(pastTheEnd.statusCode()).isEqualTo(404);
        assertThat(json(pastTheEnd).path("code").asString()).isEqualTo("image_not_found");
        assertThat(store.requests()).as("the store is asked nothing for either").isEmpty();
    }

    @Test
    void theKitsLogoIsServedAsThePictureItIs() {
        ApiClient client = newTenant();
        client.put("/api/v1/brand", "{\"logoUrl\": \"" + store.serve("/logo.png", "image/png", PNG) + "\"}");

        HttpResponse<byte[]> answer = bytes(client, "/api/v1/brand/logo");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(PNG);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void anSvgLogoIsServedUnderAPolicyThatLetsItRunNothing() {
        ApiClient client = newTenant();
        client.put("/api/v1/brand", "{\"logoUrl\": \"" + store.serve("/logo.svg", "text/plain",
                SVG.getBytes(StandardCharsets.UTF_8)) + "\"}");

        HttpResponse<String> answer = client.get("/api/v1/brand/logo");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(SVG);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("default-src 'none'").contains("sandbox"));
    }

    @Test
    void aTenantWithoutAKitOrWithoutALogoHasNone() {
        ApiClient client = newTenant();

        HttpResponse<String> noKit = client.get("/api/v1/brand/logo");
        client.put("/api/v1/brand", "{\"primaryColor\": \"#1D3557\"}");
        HttpResponse<String> noLogo = client.get("/api/v1/brand/logo");

        assertThat(json(noKit).path("code").asString()).isEqualTo("brand_kit_not_found");
        assertThat(noLogo.statusCode()).isEqualTo(404);
        assertThat(json(noLogo).path("code").asString()).isEqualTo("image_not_found");
    }

    /** A render job (its script given, so nothing is scraped) whose product has this one image. */
    private static String renderJob(ApiClient client, String imageUrl) {
        HttpResponse<String> created = client.post("/api/v1/generate-video", """
                {"product": {"title": "Aurora Smartwatch", "images": ["%s"]}, "script": %s}"""
                .formatted(imageUrl, SCRIPT));
        assertThat(created.statusCode()).isEqualTo(202);
        return json(created).path("id").asString();
    }

    private static HttpResponse<byte[]> bytes(ApiClient client, String path) {
        return client.send(client.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1D3557);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
