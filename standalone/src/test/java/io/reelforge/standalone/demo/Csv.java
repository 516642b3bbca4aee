package io.reelforge.standalone.demo;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV by RFC 4180 (quoted fields may hold commas, doubled quotes and line breaks): what a client would do. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '"') {
                throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
            } else {
                field.append(c);
            }
        }
        if (quoted || !field.isEmpty() || !row.isEmpty()) {
            throw new IllegalArgumentException("the CSV does not end with a complete line");
        }
        return rows;
    }
}
