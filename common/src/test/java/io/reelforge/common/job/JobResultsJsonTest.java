package io.reelforge.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.json.Json;
import io.reelforge.common.script.TokenUsage;
import io.reelforge.common.testing.Products;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JobResultsJsonTest {

    private final JsonMapper json = Json.mapper();

    @Test
    void resultsStoredBeforeTokenUsageExistedStillRead() {
        JobResults results = json.readValue("""
                {"script":{"language":"en","title":"Kettle","hook":"Meet the kettle.","scenes":[],
                 "callToAction":"Buy it now."},"artifacts":[]}""", JobResults.class);

        assertThat(results.script()).isNotNull();
        assertThat(results.script().title()).isEqualTo("Kettle");
        assertThat(results.scriptUsage()).isNull();
    }

    @Test
    void aScriptsTokenUsageSurvivesARoundTrip() {
        JobResults results = JobResults.EMPTY.withScript(Products.aScript(2), new TokenUsage("gpt-4o", 812, 240, 2));

        JobResults read = json.readValue(json.writeValueAsString(results), JobResults.class);

        assertThat(read).isEqualTo(results);
        assertThat(read.scriptUsage()).isEqualTo(new TokenUsage("gpt-4o", 812, 240, 2));
    }

    @Test
    void aNewScriptWithoutUsageDropsThePreviousScriptsUsage() {
        JobResults written = new JobResults(null, Products.aScript(2), List.of(), new TokenUsage("gpt-4o", 10, 5, 1));

        assertThat(written.withScript(Products.aScript(3)).scriptUsage()).isNull();
        assertThat(written.withArtifacts(List.of()).scriptUsage()).isEqualTo(written.scriptUsage());
    }

    @Test
    void theWritersWarningsAboutItsScriptBecomeTheJobsAndSurviveARoundTrip() {
        JobWarning short_ = new JobWarning(JobWarning.Code.DURATION_SHORT, "The page gave 40 s of facts.");

        JobResults results = JobResults.EMPTY.withScript(Products.aScript(2).withWarnings(List.of(short_)), null);
        String written = json.writeValueAsString(results);
        JobResults read = json.readValue(written, JobResults.class);

        assertThat(read.warnings()).containsExactly(short_);
        assertThat(read.script()).isNotNull();
        assertThat(read.script().warnings()).isEmpty();
        assertThat(json.readTree(written).path("warnings").path(0).path("code").asString()).isEqualTo("duration_short");
        assertThat(json.readTree(written).path("script").has("warnings")).as("not part of the script's JSON").isFalse();
    }

    @Test
    void aNewScriptReplacesThePreviousScriptsWarnings() {
        JobResults warned = JobResults.EMPTY.withScript(Products.aScript(2).withWarnings(
                List.of(new JobWarning(JobWarning.Code.DURATION_SHORT, "short"))));

        assertThat(warned.withScript(Products.aScript(3)).warnings()).isEmpty();
        assertThat(warned.withArtifacts(List.of()).warnings()).isEqualTo(warned.warnings());
    }

    @Test
    void aRendersWarningsReplaceAnEarlierRendersAndKeepTheScripts() {
        JobWarning short_ = new JobWarning(JobWarning.Code.DURATION_SHORT, "short");
        JobWarning firstLogo = new JobWarning(JobWarning.Code.LOGO_UNUSABLE, "HTTP 503");
        JobResults rendered = JobResults.EMPTY.withScript(Products.aScript(2).withWarnings(List.of(short_)))
                .withArtifacts(List.of(), List.of(firstLogo));

        JobResults retried = rendered.withArtifacts(List.of(new Artifact("video.mp4", "video/mp4", 1)), List.of());

        assertThat(rendered.warnings()).containsExactly(short_, firstLogo);
        assertThat(retried.warnings()).containsExactly(short_);
        assertThat(json.writeValueAsString(rendered)).contains("\"code\":\"logo_unusable\"");
    }

    @Test
    void resultsStoredBeforeWarningsExistedReadWithNone() {
        JobResults results = json.readValue("{\"artifacts\":[]}", JobResults.class);

        assertThat(results.warnings()).isEmpty();
    }
}
