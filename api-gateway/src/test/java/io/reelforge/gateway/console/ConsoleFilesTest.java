package io.reelforge.gateway.console;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.BrandFont;
import io.reelforge.gateway.RunningGateway;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's page, files and fonts: served without a key, under a strict policy, revalidated by their tags. */
class ConsoleFilesTest extends RunningGateway {

    @Test
    void thePageIsServedAtTheRootWithoutAKeyUnderAStrictPolicy() {
        HttpResponse<String> page = anonymous().get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body()).startsWithIgnoringCase("<!doctype html>");
        assertSecurityHeaders(page);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void thePolicyAllowsOnlyTheGatewaysOwnFilesAndBlobMedia() {
        String policy = anonymous().get("/").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "img-src 'self' blob: data:", "media-src 'self' blob:", "frame-ancestors 'none'",
                "object-src 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
    }

    @Test
    void aFileUnderConsoleIsServedWithoutAKeyAsAModule() {
        HttpResponse<String> file = anonymous().get("/console/probe/probe.js");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/javascript"));
        assertThat(file.body()).contains("export const probe");
        assertSecurityHeaders(file);
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void anUnchangedFileIsAnsweredNotModified() {
        for (String path : List.of("/", "/console/probe/probe.js", "/console/fonts/comfortaa.ttf")) {
            String tag = anonymous().get(path).headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = anonymous().get(path, "If-None-Match", tag);

            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void aMissingFileIsAProblem404() {
        for (String path : List.of("/console/probe/missing.js", "/console/", "/console/fonts/comic-sans.ttf",
                "/console/fonts/Comfortaa.ttf", "/index.html", "/static/index.html", "/fonts/NotoSans-Bold.ttf",
                "/console/probe/../../application.yml")) {
            HttpResponse<String> missing = anonymous().get(path);

            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(json(missing).path("code").asString()).as(path).isEqualTo("not_found");
        }
    }

    @Test
    void theBrandFontsAreTheFilesTheMediaWorkerDrawsWith() throws IOException {
        for (BrandFont font : BrandFont.values()) {
            HttpResponse<byte[]> served = anonymous().send(anonymous().request("/console/fonts/" + font.id() + ".ttf")
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValue("font/ttf");
            assertThat(served.headers().firstValue("Cache-Control")).hasValue("max-age=86400");
            assertThat(served.headers().firstValue("Content-Security-Policy")).isPresent();
            try (InputStream shipped = BrandFont.class.getResourceAsStream(font.resource())) {
                assertThat(shipped).isNotNull();
                assertThat(served.body()).isEqualTo(shipped.readAllBytes());
            }
        }
    }

    @Test
    void theApiKeepsItsOwnAnswersAndHeaders() {
        HttpResponse<String> unauthorized = anonymous().get("/api/v1/jobs");
        HttpResponse<String> unknown = newTenant().get("/api/v1/nothing-here");

        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.headers().firstValue("Content-Security-Policy")).isEmpty();
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    @Test
    void swaggerUiIsStillServed() {
        assertThat(anonymous().get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    private static void assertSecurityHeaders(HttpResponse<?> answer) {
        assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
