package io.reelforge.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static List<List<String>> records(String text, char separator) throws IOException {
        CsvRecords records = new CsvRecords(new StringReader(text), separator);
        List<List<String>> all = new ArrayList<>();
        for (List<String> record = records.next(); record != null; record = records.next()) {
            all.add(record);
        }
        return all;
    }

    @Test
    void aQuotedFieldHoldsSeparatorsLineBreaksAndDoubledQuotes() throws IOException {
        assertThat(records("a,\"b, \"\"c\"\"\r\nd\",e\n", ','))
                .containsExactly(List.of("a", "b, \"c\"\nd", "e"));
    }

    @Test
    void crLfLfAndALoneCrEachEndARecord() throws IOException {
        assertThat(records("a\r\nb\nc\rd", ',')).containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    }

    @Test
    void emptyFieldsAreKeptInPlace() throws IOException {
        assertThat(records(",x,,\n", ',')).containsExactly(List.of("", "x", "", ""));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() throws IOException {
        assertThat(records("Kanne \"Nordlicht\";2\n", ';')).containsExactly(List.of("Kanne \"Nordlicht\"", "2"));
    }

    @Test
    void textAfterAClosingQuoteIsKept() throws IOException {
        assertThat(records("\"12\" inch,x\n", ',')).containsExactly(List.of("12 inch", "x"));
    }

    @Test
    void aQuotedFieldLeftOpenIsRefusedWithTheLineItStartedOn() {
        assertThatThrownBy(() -> records("a\nb\n\"c,d\ne\n", ','))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageContaining("starting on line 3 that is never closed");
    }

    @Test
    void recordLineCountsTheLinesInsideQuotedFields() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("\"a\nb\nc\"\nd\n"), ',');
        records.next();
        records.next();
        assertThat(records.recordLine()).isEqualTo(4);
    }
}
