package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core, the accessibility engine, run inside the page as it is shown: injected through WebDriver (which the
 * page's Content-Security-Policy does not govern) and asked for WCAG 2 A/AA and best-practice violations. The build
 * fetches it from the npm registry at a pinned version and checks its sha512 (standalone's pom).
 */
final class AxeScan {

    private static final Path AXE = Path.of("target/axe-core/package/axe.min.js");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))
                .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
            """;

    private final String source;

    private AxeScan(String source) {
        this.source = source;
    }

    static AxeScan load() throws IOException {
        if (!Files.isRegularFile(AXE)) {
            throw new IllegalStateException(AXE.toAbsolutePath() + " is missing: the build's generate-test-resources"
                    + " phase fetches it (./mvnw -pl standalone -am test-compile)");
        }
        return new AxeScan(Files.readString(AXE, StandardCharsets.UTF_8));
    }

    /** Fails naming each serious or critical violation on the page the browser shows now. */
    void assertNoSeriousViolations(ConsoleBrowser browser, String screen) {
        browser.script(source);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.asyncScript(RUN);
        assertThat(violations).as("serious or critical accessibility violations on the %s screen", screen).isEmpty();
    }
}
