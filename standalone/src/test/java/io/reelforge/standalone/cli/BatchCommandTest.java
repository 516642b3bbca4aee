package io.reelforge.standalone.cli;

import static io.reelforge.standalone.cli.BatchFixtures.duplicate;
import static io.reelforge.standalone.cli.BatchFixtures.failed;
import static io.reelforge.standalone.cli.BatchFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** {@code reelforge batch} against the batch routes of a gateway on loopback, run as a user would type it. */
class BatchCommandTest {

    private static final String SHOP = "https://shop.example/products/";

    @TempDir
    Path dir;

    @Test
    void eachVideoIsSavedAsSoonAsItsItemSucceedsWhileTheRestAreStillBeingMade() throws Exception {
        try (FakeBatchGateway gateway = FakeBatchGateway.start(null, List.of(item(0, SHOP + "mug", "succeeded"),
                item(1, SHOP + "lamp", "running")))) {
            CompletableFuture<Run> running = CompletableFuture.supplyAsync(() -> run(gateway, catalog(dir),
                    "--timeout", "30"));
            Path folder = dir.resolve("out").resolve(FakeBatchGateway.BATCH_ID);

            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(folder.resolve("0000-mug.mp4")));
            assertThat(running).isNotDone();
            assertThat(folder.resolve("0001-lamp.mp4")).doesNotExist();
            gateway.set(item(1, SHOP + "lamp", "succeeded"));

            Run run = running.get();
            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            assertThat(folder.resolve("0000-mug.mp4")).hasBinaryContent(FakeBatchGateway.video("job-0"));
            assertThat(folder.resolve("0001-lamp.mp4")).hasBinaryContent(FakeBatchGateway.video("job-1"));
            assertThat(run.out()).contains("2 items, 2 succeeded, 0 failed, 0 skipped", "Videos: 2 in " + folder)
                    .doesNotContain("Failed");
        }
    }

    @Test
    void itemsThatShareAJobGetItsVideoDownloadedOnceAndAFileEach() throws Exception {
        try (FakeBatchGateway gateway = FakeBatchGateway.start("Spring", List.of(item(0, SHOP + "mug", "succeeded"),
                item(1, SHOP + "lamp", "succeeded"), duplicate(2, SHOP + "mug", "succeeded", 0)))) {
            Run run = run(gateway, catalog(dir));

            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            Path folder = dir.resolve("out/spring");
            assertThat(folder.resolve("0000-mug.mp4")).hasBinaryContent(FakeBatchGateway.video("job-0"));
            assertThat(folder.resolve("0002-mug.mp4")).hasBinaryContent(FakeBatchGateway.video("job-0"));
            assertThat(gateway.downloads("job-0")).isEqualTo(1);
            assertThat(run.out()).contains("3 items (1 sharing another's video)", "Videos: 3 in " + folder);
        }
    }

    @Test
    void failedItemsAreListedByErrorCodeAndTheExitCodeIsOne() throws Exception {
        try (FakeBatchGateway gateway = FakeBatchGateway.start(null, List.of(item(0, SHOP + "mug", "succeeded"),
                failed(1, SHOP + "gone", "page_not_found"), failed(2, SHOP + "manual.pdf", "not_html"),
                item(3, SHOP + "hat", "skipped")))) {
            Run run = run(gateway, catalog(dir));

            assertThat(run.exit()).isEqualTo(BatchCommand.EXIT_SOME_NOT_MADE);
            assertThat(run.out()).contains("4 items, 1 succeeded, 2 failed, 1 skipped",
                    "  not_html (1)\n    #2  " + SHOP + "manual.pdf  job job-2",
                    "  page_not_found (1)\n    #1  " + SHOP + "gone  job job-1");
        }
    }

    @Test
    void aFeedFileIsUploadedAsItIsWithItsTypeAndTheOptionsAsQueryParameters() throws Exception {
        try (FakeBatchGateway gateway = FakeBatchGateway.start(null, List.of(item(0, SHOP + "mug", "succeeded")))) {
            Path feed = catalog(dir);

            run(gateway, feed, "--format", "9:16", "--duration", "5", "--no-captions", "--include-out-of-stock");

            FakeBatchGateway.Submission sent = gateway.submissions().getFirst();
            assertThat(sent.contentType()).isEqualTo("text/csv");
            assertThat(sent.body()).isEqualTo(Files.readAllBytes(feed));
            assertThat(sent.query()).isEqualTo("durationSeconds=5&format=9%3A16&captions=false&includeOutOfStock=true");
            assertThat(sent.idempotencyKey()).startsWith("reelforge-batch-");
        }
    }

    @Test
    void aFeedUrlIsSentForTheGatewayToFetch() throws Exception {
        try (FakeBatchGateway gateway = FakeBatchGateway.start(null, List.of(item(0, SHOP + "mug", "succeeded")))) {
            run(gateway, "https://shop.example/feeds/google.xml", "--language", "de", "--name", "Herbst");

            FakeBatchGateway.Submission sent = gateway.submissions().getFirst();
            assertThat(sent.contentType()).isEqualTo("application/json");
            JsonNode body = Json.mapper().readTree(sent.body());
            assertThat(body.path("feedUrl").asString()).isEqualTo("https://shop.example/feeds/google.xml");
            assertThat(body.path("defaults").path("language").asString()).isEqualTo("de");
            assertThat(body.path("name").asString()).isEqualTo("Herbst");
        }
    }

    @Test
    void runningTheSameCommandAgainFollowsTheSameBatchAndKeepsTheVideosAlreadySaved() throws Exception {
        try (FakeBatchGateway gateway = FakeBatchGateway.start(null, List.of(item(0, SHOP + "mug", "succeeded"),
                item(1, SHOP + "lamp", "running")))) {
            Path feed = catalog(dir);
            Path mug = dir.resolve("out").resolve(FakeBatchGateway.BATCH_ID).resolve("0000-mug.mp4");
            // the first run stops following (as after Ctrl-C) with one video saved
            Run first = run(gateway, feed, "--timeout", "1");
            assertThat(first.exit()).isEqualTo(BatchCommand.EXIT_SOME_NOT_MADE);
            assertThat(first.err()).contains("keeps running on the gateway", "run the same reelforge batch command");
            Object savedFile = Files.readAttributes(mug, BasicFileAttributes.class).fileKey();
            gateway.set(item(1, SHOP + "lamp", "succeeded"));

            Run again = run(gateway, feed);

            assertThat(again.exit()).isZero();
            assertThat(gateway.submissions()).extracting(FakeBatchGateway.Submission::idempotencyKey).hasSize(2)
                    .containsOnly(gateway.submissions().getFirst().idempotencyKey());
            assertThat(again.out()).contains("Following batch " + FakeBatchGateway.BATCH_ID + ", submitted before");
            assertThat(gateway.downloads("job-0")).isEqualTo(1);
            assertThat(Files.readAttributes(mug, BasicFileAttributes.class).fileKey()).isEqualTo(savedFile);
            assertThat(mug.resolveSibling("0001-lamp.mp4")).exists();
        }
    }

    @Test
    void aFeedTheGatewayRefusesIsExitCodeTwoWithItsReason() throws Exception {
        try (FakeBatchGateway gateway = FakeBatchGateway.start(null, List.of())) {
            gateway.refuse("The CSV needs a url column (or link, product_url)");

            Run run = run(gateway, catalog(dir));

            assertThat(run.exit()).isEqualTo(BatchCommand.EXIT_NOT_SUBMITTED);
            assertThat(run.err()).contains("(422)", "The CSV needs a url column");
        }
    }

    @Test
    void aGatewayThatCannotBeReachedIsExitCodeTwo() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        Run run = Run.of(List.of("batch", catalog(dir).toString(), "--gateway", "http://127.0.0.1:" + closed,
                "--api-key", "rk_test", "--data", dir.toString()));

        assertThat(run.exit()).isEqualTo(BatchCommand.EXIT_NOT_SUBMITTED);
        assertThat(run.err()).contains("cannot reach the gateway at http://127.0.0.1:" + closed);
    }

    @Test
    void aFileThatIsNotThereIsExitCodeTwo() {
        Run run = Run.of(List.of("batch", dir.resolve("nope.csv").toString(), "--gateway", "http://127.0.0.1:1",
                "--data", dir.toString()));

        assertThat(run.exit()).isEqualTo(BatchCommand.EXIT_NOT_SUBMITTED);
        assertThat(run.err()).contains("nope.csv: no such file");
    }

    private Path catalog(Path in) {
        try {
            return Files.writeString(in.resolve("catalog.csv"), "url\n" + SHOP + "mug\n" + SHOP + "lamp\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Run run(FakeBatchGateway gateway, Path source, String... options) {
        return run(gateway, source.toString(), options);
    }

    private Run run(FakeBatchGateway gateway, String source, String... options) {
        List<String> args = new ArrayList<>(List.of("batch", source, "--gateway", gateway.url(),
                "--api-key", "rk_test", "--data", dir.toString(), "--out", dir.resolve("out").toString(),
                "--poll", "50"));
        args.addAll(List.of(options));
        return Run.of(args);
    }

    /** The command run in this JVM, with what it printed. */
    record Run(int exit, String out, String err) {

        static Run of(List<String> args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = new CommandLine(new BatchCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                    .execute(args.subList(1, args.size()).toArray(String[]::new));
            return new Run(exit, out.toString(), err.toString());
        }
    }
}
