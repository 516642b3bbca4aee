package io.reelforge.gateway.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a product list saved from a spreadsheet or exported by a shop: CSV (RFC 4180, see {@link CsvRecords}) with
 * a header line, separated by commas, semicolons (what spreadsheets write where the comma is the decimal mark) or
 * tabs (Google's own text feeds), whichever the header line has most of. Header names are matched without regard to
 * case, spaces or dashes, with common aliases ({@link CsvColumns}); other columns are ignored. Either a {@code url}
 * column alone (every product is scraped), or product columns: a row with title, price and image needs no scraping.
 */
public class CsvFeedReader {

    private static final String SOURCE = "csv-feed";
    /** How far into the text the header line is looked for to choose the separator. */
    private static final int HEADER_SCAN = 64 * 1024;
    /** Several images in one cell: split at {@code |}, white space, or a comma that starts another address. */
    private static final Pattern IMAGE_SEPARATOR =
            Pattern.compile("\\s*\\|\\s*|\\s+|,\\s*(?=[Hh][Tt][Tt][Pp][Ss]?://)");

    private final FeedLimits limits;
    private final Clock clock;

    public CsvFeedReader(FeedLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * The rows' items and problems. A byte order mark is skipped; text that is not valid in {@code charset} is
     * refused rather than read as garbage. The stream is read to its end, not closed.
     *
     * @throws InvalidFeedException when the text is not CSV this reader can use (see the messages)
     * @throws FeedTooLargeException when it has more rows than {@link FeedLimits#maxItems()}
     * @throws IOException when the stream itself fails
     */
    public ParsedFeed read(InputStream in, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        CsvRecords records = null;
        try {
            skipByteOrderMark(reader);
            char separator = separator(reader);
            records = new CsvRecords(reader, separator);
            List<String> header = nextNonBlank(records);
            if (header == null) {
                throw new InvalidFeedException("The CSV is empty: it needs a header line naming its columns, such as"
                        + " url, and a row for each product.");
            }
            CsvColumns columns = CsvColumns.of(header);
            FeedEntries entries = new FeedEntries(limits);
            Instant now = clock.instant();
            for (List<String> row = nextNonBlank(records); row != null; row = nextNonBlank(records)) {
                int position = entries.next();
                if (hasExtraValues(row, header.size())) {
                    entries.add(new FeedProblem(position, "The row on line " + records.recordLine() + " has "
                            + row.size() + " fields, but the header names " + header.size() + " columns: a value"
                            + " that contains the separator (" + describe(separator) + ") must be in double quotes."));
                    continue;
                }
                fields(row, columns, position).addTo(entries, now);
            }
            return entries.result(FeedFormat.CSV);
        } catch (CharacterCodingException e) {
            String where = records == null ? "" : " (near line " + records.recordLine() + ")";
            throw new InvalidFeedException("The CSV is not valid " + charset.displayName(Locale.ROOT) + " text"
                    + where + ": save it as UTF-8 (in a spreadsheet: CSV UTF-8).");
        }
    }

    private static ItemFields fields(List<String> row, CsvColumns columns, int position) {
        ItemFields fields = new ItemFields(position, columns.names(), SOURCE);
        for (int i = 0; i < row.size(); i++) {
            ItemField field = columns.field(i);
            if (field == null) {
                continue;
            }
            String value = row.get(i);
            switch (field) {
                case IMAGE, ADDITIONAL_IMAGE -> {
                    for (String image : IMAGE_SEPARATOR.split(value.strip())) {
                        fields.put(field, image);
                    }
                }
                case FEATURE -> {
                    for (String feature : value.split("\\|")) {
                        fields.put(field, feature);
                    }
                }
                default -> fields.put(field, value);
            }
        }
        return fields;
    }

    private static @Nullable List<String> nextNonBlank(CsvRecords records) throws IOException {
        for (List<String> row = records.next(); row != null; row = records.next()) {
            if (row.stream().anyMatch(value -> !value.isBlank())) {
                return row;
            }
        }
        return null;
    }

    /** Trailing empty fields are harmless (some exports pad rows); values past the header's columns are not. */
    private static boolean hasExtraValues(List<String> row, int columns) {
        return row.subList(Math.min(columns, row.size()), row.size()).stream().anyMatch(v -> !v.isBlank());
    }

    private static void skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /**
     * The separator the header line has most of, counted outside quotes: comma, semicolon or tab; none when the
     * header is a single column.
     */
    private static char separator(Reader reader) throws IOException {
        reader.mark(HEADER_SCAN);
        Map<Character, Integer> counts = new HashMap<>();
        boolean quoted = false;
        boolean text = false; // blank lines before the header are skipped
        for (int i = 0, c = reader.read(); i < HEADER_SCAN && c != -1; i++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r') && text) {
                break;
            } else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
                counts.merge((char) c, 1, Integer::sum);
            }
            text |= !Character.isWhitespace(c);
        }
        reader.reset();
        char best = CsvRecords.NO_SEPARATOR; // one column: a comma in a URL is then part of it
        for (char candidate : new char[] {',', ';', '\t'}) {
            if (counts.getOrDefault(candidate, 0) > counts.getOrDefault(best, 0)) {
                best = candidate;
            }
        }
        return best;
    }

    private static String describe(char separator) {
        return switch (separator) {
            case ';' -> "a semicolon";
            case '\t' -> "a tab";
            default -> "a comma";
        };
    }
}
