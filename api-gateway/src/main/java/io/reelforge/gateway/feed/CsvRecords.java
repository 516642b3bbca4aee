package io.reelforge.gateway.feed;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits CSV text into records as RFC 4180 says: fields in double quotes may hold the separator, line breaks and
 * doubled quotes ({@code ""}); records end with CRLF, LF or a lone CR. Two liberties, as spreadsheets take them: a
 * quote inside an unquoted field is an ordinary character, and text after a closing quote is kept
 * ({@code "a"b} is {@code ab}). A quoted field still open at the end of the input is an error: it would have
 * swallowed every record after it.
 */
final class CsvRecords {

    /** The separator of a single-column file: a character no text that got here contains (binary is refused). */
    static final char NO_SEPARATOR = '\0';

    private final Reader in;
    private final char separator;
    private int peeked = -2;
    private int line = 1;
    private int recordLine = 1;

    CsvRecords(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The next record's fields, or null at the end of the input. */
    @Nullable List<String> next() throws IOException {
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean started = false; // whether anything of this record was read (so an empty last line is no record)
        int quoteLine = 0;
        while (true) {
            int c = read();
            if (c == -1) {
                if (quoted) {
                    throw new InvalidFeedException("The CSV has a quoted field starting on line " + quoteLine
                            + " that is never closed: a double quote (\") is missing.");
                }
                if (!started) {
                    return null;
                }
                fields.add(field.toString());
                return fields;
            }
            started = true;
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                return fields;
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else {
                field.append((char) c);
            }
        }
    }

    /** The line on which the record last returned by {@link #next()} began (records may span lines). */
    int recordLine() {
        return recordLine;
    }

    /** One character; CRLF and a lone CR come back as LF, and lines are counted. */
    private int read() throws IOException {
        int c = peeked != -2 ? peeked : in.read();
        peeked = -2;
        if (c == '\r') {
            if (peek() == '\n') {
                peeked = -2;
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }
}
