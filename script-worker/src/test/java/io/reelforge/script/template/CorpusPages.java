package io.reelforge.script.template;

import io.reelforge.common.product.ProductDetails;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The products the scraper's extractor read from the real store pages of its test corpus
 * (scraper-worker/src/test/resources/pages), saved as JSON under {@code corpus/}: the script worker does not
 * depend on the scraper, so the extraction was run once and its output copied here.
 */
final class CorpusPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CorpusPages() {
    }

    static List<String> names() {
        return read("index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static ProductDetails product(String name) {
        return JSON.readValue(read(name + ".json"), ProductDetails.class);
    }

    private static String read(String file) {
        try (InputStream in = CorpusPages.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
