package io.reelforge.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedSaleWindowTest {

    private static FeedSaleWindow window(String text) {
        return FeedSaleWindow.parse(text).orElseThrow(() -> new AssertionError("'" + text + "' not read"));
    }

    @Test
    void googlesOffsetWithoutAColonIsRead() {
        FeedSaleWindow sale = window("2026-11-27T00:00:00-0800/2026-12-01T23:59:59-0800");

        assertThat(sale.start()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    void offsetsWithAColonAndZuluAreRead() {
        assertThat(window("2026-11-27T09:00+01:00/2026-12-01T00:00Z").start())
                .isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    void aTimeWithoutAnOffsetIsUtc() {
        assertThat(window("2026-11-27T08:00:00/2026-12-01T00:00:00").start())
                .isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    void spacesAroundTheSlashAreFine() {
        assertThat(FeedSaleWindow.parse("2026-11-27T00:00:00Z / 2026-12-01T00:00:00Z")).isPresent();
    }

    @Test
    void theEndTimeItselfIsStillInTheSale() {
        FeedSaleWindow sale = window("2026-11-27T00:00:00Z/2026-12-01T23:59:59Z");

        assertThat(sale.includes(Instant.parse("2026-12-01T23:59:59Z"))).isTrue();
        assertThat(sale.includes(Instant.parse("2026-12-02T00:00:00Z"))).isFalse();
    }

    @Test
    void theStartTimeIsInTheSaleAndTheMomentBeforeIsNot() {
        FeedSaleWindow sale = window("2026-11-27T00:00:00Z/2026-12-01T23:59:59Z");

        assertThat(sale.includes(Instant.parse("2026-11-27T00:00:00Z"))).isTrue();
        assertThat(sale.includes(Instant.parse("2026-11-26T23:59:59.999Z"))).isFalse();
    }

    @Test
    void bareDatesCoverTheWholeOfTheLastDay() {
        FeedSaleWindow sale = window("2026-11-27/2026-12-01");

        assertThat(sale.includes(Instant.parse("2026-12-01T23:59:59Z"))).isTrue();
        assertThat(sale.includes(Instant.parse("2026-12-02T00:00:00Z"))).isFalse();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "Black Friday", "2026-11-27T00:00:00Z", "2026-12-01T00:00:00Z/2026-11-27T00:00:00Z",
            "2026-11-27/2026-12-01/2026-12-05", "27.11.2026/01.12.2026"})
    void whatIsNotAWindowIsNotReadAsOne(String text) {
        assertThat(FeedSaleWindow.parse(text)).isEmpty();
    }
}
