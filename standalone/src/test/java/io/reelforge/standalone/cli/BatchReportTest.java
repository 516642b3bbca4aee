package io.reelforge.standalone.cli;

import static io.reelforge.standalone.cli.BatchFixtures.batch;
import static io.reelforge.standalone.cli.BatchFixtures.failed;
import static io.reelforge.standalone.cli.BatchFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.batch.Batch;
import io.reelforge.gateway.batch.BatchItemView;
import io.reelforge.gateway.batch.BatchView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchReportTest {

    @Test
    void failuresAreGroupedByErrorCodeEachInBatchOrder() {
        Map<String, List<BatchItemView>> groups = BatchReport.byCode(List.of(failed(5, "https://s.example/e",
                "page_not_found"), failed(2, "https://s.example/b", "not_html"), failed(1, "https://s.example/a",
                "page_not_found")));

        assertThat(groups.keySet()).containsExactly("not_html", "page_not_found");
        assertThat(groups.get("page_not_found")).extracting(BatchItemView::index).containsExactly(5, 1);
    }

    @Test
    void theReportGivesTotalsTheFolderAndEachFailedItemWithItsJob() {
        List<BatchItemView> items = List.of(item(0, "https://s.example/a", "succeeded"),
                failed(1, "https://s.example/missing", "page_not_found"), failed(2, "https://s.example/a.pdf", "not_html"),
                item(3, "https://s.example/d", "skipped"));
        BatchReport report = new BatchReport();
        report.failed(items.get(2));
        report.failed(items.get(1));

        List<String> lines = report.lines(batch("b-1", null, items, null), Path.of("out/b-1"), 1);

        assertThat(lines).containsExactly(
                "Batch b-1 completed in 42s: 4 items, 1 succeeded, 2 failed, 1 skipped.",
                "Videos: 1 in " + Path.of("out/b-1"),
                "Failed, by error code:",
                "  not_html (1)",
                "    #2  https://s.example/a.pdf  job job-2",
                "  page_not_found (1)",
                "    #1  https://s.example/missing  job job-1");
    }

    @Test
    void aLongListOfOneCodeShowsTheFirstItemsAndWhereTheRestAre() {
        List<BatchItemView> items = new ArrayList<>();
        IntStream.range(0, 25).forEach(i -> items.add(failed(i, "https://s.example/" + i, "fetch_failed")));
        BatchReport report = new BatchReport();
        items.forEach(report::failed);

        List<String> lines = report.lines(batch("b-1", null, items, null), Path.of("out/b-1"), 0);

        assertThat(lines).filteredOn(l -> l.startsWith("    #")).hasSize(BatchReport.MAX_LISTED_PER_CODE);
        assertThat(lines.getLast()).isEqualTo("    ... and 5 more: /api/v1/batches/b-1/items?state=failed");
    }

    @Test
    void onlyABatchWhoseItemsAllSucceededOrWereSkippedIsAllMade() {
        assertThat(BatchReport.allMade(batch("b-1", null, List.of(item(0, "https://s.example/a", "succeeded"),
                item(1, "https://s.example/b", "skipped")), null))).isTrue();
        assertThat(BatchReport.allMade(batch("b-1", null, List.of(item(0, "https://s.example/a", "succeeded"),
                failed(1, "https://s.example/b", "not_html")), null))).isFalse();
        assertThat(BatchReport.allMade(batch("b-1", null, List.of(item(0, "https://s.example/a", "canceled")), null)))
                .isFalse();
        BatchView open = batch("b-1", null, List.of(item(0, "https://s.example/a", "running")), null);
        assertThat(open.status()).isEqualTo(Batch.Status.OPEN);
        assertThat(BatchReport.allMade(open)).isFalse();
    }

    @Test
    void anItemMadeButNotSavedIsReported() {
        BatchReport report = new BatchReport();
        report.notSaved(item(4, "https://s.example/d", "succeeded"), "download failed with status 404");

        assertThat(report.everythingSaved()).isFalse();
        assertThat(report.lines(batch("b-1", null, List.of(item(0, "https://s.example/d", "succeeded")), null),
                Path.of("out"), 0)).endsWith("Made but not saved:",
                "    #4  https://s.example/d: download failed with status 404");
    }
}
