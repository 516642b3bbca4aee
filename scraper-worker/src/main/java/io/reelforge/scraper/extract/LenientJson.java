package io.reelforge.scraper.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON-LD the way browsers and search engines tolerate it: comments, trailing commas, raw control
 * characters and odd escapes inside strings, HTML comment or CDATA wrappers, several values in one block, and as
 * a last resort a block whose quotes were HTML-escaped. A block that still cannot be read is skipped, and whatever
 * was read before the error in it is kept.
 */
final class LenientJson {

    /** A page rarely has more than a handful; a page with hundreds is not worth reading them all. */
    private static final int MAX_VALUES = 64;

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS, JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS, JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_MISSING_VALUES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Every JSON value in the block, in order; empty when nothing in it could be read. */
    List<JsonNode> read(String block) {
        String json = unwrap(block);
        if (json.isEmpty()) {
            return List.of();
        }
        List<JsonNode> values = new ArrayList<>();
        boolean complete = readInto(json, values);
        if (!complete && values.isEmpty() && json.contains("&quot;")) {
            readInto(Parser.unescapeEntities(json, false), values);
        }
        return values;
    }

    private boolean readInto(String json, List<JsonNode> values) {
        try (MappingIterator<JsonNode> iterator = mapper.readerFor(JsonNode.class).readValues(json)) {
            while (values.size() < MAX_VALUES && iterator.hasNextValue()) {
                values.add(iterator.nextValue());
            }
            return true;
        } catch (JacksonException | IllegalStateException e) {
            return false;
        }
    }

    private static String unwrap(String block) {
        String json = block.strip();
        if (json.startsWith("<!--")) {
            json = json.substring(4);
            int end = json.lastIndexOf("-->");
            json = end >= 0 ? json.substring(0, end) : json;
        }
        json = json.strip();
        if (json.startsWith("<![CDATA[")) {
            json = json.substring(9);
            int end = json.lastIndexOf("]]>");
            json = end >= 0 ? json.substring(0, end) : json;
        }
        json = json.strip();
        // a stray statement-ending semicolon, as if the block were a script
        return json.endsWith(";") ? json.substring(0, json.length() - 1).strip() : json;
    }
}
