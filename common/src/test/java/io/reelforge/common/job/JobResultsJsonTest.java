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
}
