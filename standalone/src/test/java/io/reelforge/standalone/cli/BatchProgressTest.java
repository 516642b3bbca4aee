package io.reelforge.standalone.cli;

import static io.reelforge.standalone.cli.BatchFixtures.batch;
import static io.reelforge.standalone.cli.BatchFixtures.failed;
import static io.reelforge.standalone.cli.BatchFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.batch.BatchView;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchProgressTest {

    private static final BatchView RUNNING = batch("b-1", null, List.of(item(0, "https://s.example/a", "succeeded"),
            failed(1, "https://s.example/b", "page_not_found"), item(2, "https://s.example/c", "running"),
            item(3, "https://s.example/d", "pending")), 125L);
    private static final BatchView FURTHER = batch("b-1", null, List.of(item(0, "https://s.example/a", "succeeded"),
            failed(1, "https://s.example/b", "page_not_found"), item(2, "https://s.example/c", "succeeded"),
            item(3, "https://s.example/d", "running")), 40L);
    private static final BatchView DONE = batch("b-1", null, List.of(item(0, "https://s.example/a", "succeeded"),
            failed(1, "https://s.example/b", "page_not_found"), item(2, "https://s.example/c", "succeeded"),
            item(3, "https://s.example/d", "skipped")), null);

    private final StringWriter written = new StringWriter();

    @Test
    void theLineShowsPercentItemsPerStateEtaAndVideosSaved() {
        assertThat(BatchProgress.line(RUNNING, 1)).isEqualTo("[###############---------------]  50% 4 items:"
                + " succeeded 1, failed 1, running 1, pending 1  ETA 2m 05s  saved 1");
        assertThat(BatchProgress.line(DONE, 2)).isEqualTo("[##############################] 100% 4 items:"
                + " succeeded 2, failed 1, skipped 1  saved 2");
    }

    @Test
    void anEstimateIsAsPreciseAsItDeserves() {
        assertThat(BatchProgress.duration(45)).isEqualTo("45s");
        assertThat(BatchProgress.duration(185)).isEqualTo("3m 05s");
        assertThat(BatchProgress.duration(7_620)).isEqualTo("2h 07m");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlace() {
        BatchProgress progress = new BatchProgress(new PrintWriter(written), true, Duration.ofHours(1));

        progress.show(RUNNING, 1);
        progress.show(RUNNING, 1);
        progress.show(FURTHER, 2);

        assertThat(written.toString()).isEqualTo("\r" + BatchProgress.line(RUNNING, 1) + "\r"
                + BatchProgress.line(FURTHER, 2) + " ".repeat(BatchProgress.line(RUNNING, 1).length()
                - BatchProgress.line(FURTHER, 2).length()));
        written.getBuffer().setLength(0);
        progress.finish(DONE, 2);
        assertThat(written.toString()).isEqualTo("\r" + BatchProgress.line(DONE, 2) + " ".repeat(BatchProgress.line(
                FURTHER, 2).length() - BatchProgress.line(DONE, 2).length()) + System.lineSeparator());
    }

    @Test
    void intoAFileEachLineStandsAloneAndComesNoMoreOftenThanAskedExceptTheLast() {
        BatchProgress progress = new BatchProgress(new PrintWriter(written), false, Duration.ofHours(1));

        progress.show(RUNNING, 1);
        progress.show(FURTHER, 2);
        progress.finish(DONE, 2);

        assertThat(written.toString()).doesNotContain("\r").isEqualTo(BatchProgress.line(RUNNING, 1)
                + System.lineSeparator() + BatchProgress.line(DONE, 2) + System.lineSeparator());
    }

    @Test
    void intoAFileEveryChangeIsWrittenWhenThePeriodHasPassed() {
        BatchProgress progress = new BatchProgress(new PrintWriter(written), false, Duration.ZERO);

        progress.show(RUNNING, 1);
        progress.show(RUNNING, 1);
        progress.show(FURTHER, 2);

        assertThat(written.toString().lines()).containsExactly(BatchProgress.line(RUNNING, 1),
                BatchProgress.line(FURTHER, 2));
    }

    @Test
    void aNoteOnATerminalGoesAboveTheProgressLine() {
        BatchProgress progress = new BatchProgress(new PrintWriter(written), true, Duration.ZERO);
        progress.show(RUNNING, 1);

        progress.note("could not save #2");

        assertThat(written.toString()).endsWith("\rcould not save #2" + " ".repeat(BatchProgress.line(RUNNING, 1)
                .length() - "could not save #2".length()) + System.lineSeparator() + BatchProgress.line(RUNNING, 1));
    }
}
