package io.reelforge.standalone.cli;

import io.reelforge.scraper.tool.ExtractTool;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = "Reads the product on saved pages (.html, .html.gz) or URLs, without Kafka"
        + " or Redis: one JSON line per input, {\"file\": ..., \"price\": \"29.99\", \"currency\": ..., \"sku\": ...,"
        + " \"availability\": \"InStock\", \"images\": [...], \"product\": {...}} or {\"file\": ..., \"error\": ...}.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_URL", description = "saved pages or http(s) URLs")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL",
            description = "where saved pages came from, for their relative links (default: each page's canonical URL)")
    URI baseUrl;

    @Option(names = "--allow-host", paramLabel = "HOST",
            description = "a host that may be on a private address, e.g. 127.0.0.1 for a local test store")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--timings", description = "print each input's time and the slowest to standard error")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        ExtractTool tool = ExtractTool.withDefaults(allowedHosts);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        long slowest = -1;
        String slowestInput = "";
        for (String input : inputs) {
            long pageStart = System.nanoTime();
            out.println(tool.line(input, baseUrl));
            long millis = (System.nanoTime() - pageStart) / 1_000_000;
            if (millis > slowest) {
                slowest = millis;
                slowestInput = input;
            }
            if (timings) {
                System.err.printf(Locale.ROOT, "%6d ms  %s%n", millis, input);
            }
        }
        out.flush();
        if (timings) {
            System.err.printf(Locale.ROOT, "%d inputs in %d ms; slowest %s (%d ms)%n", inputs.size(),
                    (System.nanoTime() - start) / 1_000_000, slowestInput, slowest);
        }
        return 0;
    }
}
