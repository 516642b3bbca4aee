package io.reelforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ReelforgeCliTest {

    @Test
    void theTreeHasEveryCommandWithItsUsage() {
        CommandLine cli = ReelforgeCli.commandLine();

        assertThat(cli.getSubcommands()).containsKeys("up", "worker", "demo", "make", "batch", "render", "extract",
                "keys", "chaos");
        cli.getSubcommands().forEach((name, command) ->
                assertThat(command.getUsageMessage()).as(name).contains("Usage: reelforge " + name));
    }

    @Test
    void theVersionIsPrinted() {
        StringWriter out = new StringWriter();

        int exit = ReelforgeCli.commandLine().setOut(new PrintWriter(out)).execute("--version");

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("Reelforge ");
    }

    /**
     * Groovy is on the class path (MaryTTS brings it), and picocli would load its {@code Closure}, which starts
     * Groovy's runtime (about 0.1 s, 0.14 s of CPU), in every command. Checked in a JVM of its own, where nothing
     * else loaded it.
     */
    @Test
    void aCommandDoesNotStartGroovy() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xlog:class+load=info:stdout", "-cp",
                System.getProperty("java.class.path"), ReelforgeCli.class.getName(), "--version"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("picocli.CommandLine ").contains("Reelforge ")
                .doesNotContain("groovy.lang.Closure");
    }
}
