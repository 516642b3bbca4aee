package io.reelforge.gateway.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * When a sale price applies: Google's {@code sale_price_effective_date}, two ISO 8601 times separated by a slash,
 * {@code 2026-11-27T00:00:00-0800/2026-12-01T23:59:59-0800}. Google writes the offset without a colon; with one,
 * {@code Z}, or none at all (read as UTC) are accepted too, and so are bare dates (a whole day: the sale ends at the
 * end of its last day).
 *
 * @param start the first instant of the sale
 * @param end the first instant after it (Google's end time is the last instant of the sale)
 */
record FeedSaleWindow(Instant start, Instant end) {

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm[:ss][.SSS]")
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    /** The window in {@code text}, or empty when it is not one this class can read. */
    static Optional<FeedSaleWindow> parse(String text) {
        String[] ends = text.split("/", -1);
        if (ends.length != 2) {
            return Optional.empty();
        }
        try {
            Instant start = instant(ends[0].strip(), false);
            Instant end = instant(ends[1].strip(), true);
            return start.isBefore(end) ? Optional.of(new FeedSaleWindow(start, end)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    boolean includes(Instant now) {
        return !now.isBefore(start) && now.isBefore(end);
    }

    private static Instant instant(String text, boolean end) {
        if (text.length() == 10) {
            LocalDate day = LocalDate.parse(text);
            return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        TemporalAccessor parsed = TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        Instant at = parsed instanceof OffsetDateTime time ? time.toInstant()
                : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        return end ? at.plusNanos(1) : at; // the end instant itself is still in the sale
    }
}
