package io.reelforge.scraper.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.JsonRecordDeserializer;
import io.reelforge.common.message.ScrapeRequest;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.message.Topics;
import io.reelforge.common.testing.JobBuilder;
import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.common.testing.SharedKafka;
import io.reelforge.scraper.ScraperWorkerApplication;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The worker through a real broker and a real Redis: scrape requests in, jobs finished or handed to the script
 * stage, failures retried by common's error handler and dead-lettered. Stores are a local web site.
 */
@SpringBootTest(classes = ScraperWorkerApplication.class, properties = {
        "spring.config.name=scraper-worker", "spring.application.name=scraper-worker",
        "reelforge.kafka.max-attempts=2", "reelforge.scraper.retries.backoff=10ms"})
class ScraperWorkerKafkaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static LocalSite site;

    @Autowired
    private JobStore jobs;

    @Autowired
    private KafkaTemplate<String, Object> kafka;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
    }

    @BeforeAll
    static void startSite() throws IOException {
        site = LocalSite.start()
                .serve("/products/ostrichpillow-original", 200, "text/html",
                        ScrapeProcessorTest.page("fathom-ostrichpillow/source.html.gz"))
                .serve("/flaky", 503, "text/html", "<h1>Service Unavailable</h1>".getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    private Job submit(JobKind kind, String url) throws Exception {
        Job job = JobBuilder.aJob(kind).forUrl(url).build();
        jobs.create(job);
        kafka.send(Topics.SCRAPE_REQUESTS, job.id(),
                JobMessage.of(job.id(), job.tenant(), 1, new ScrapeRequest(url), Instant.now())).get();
        return job;
    }

    private Job awaitStatus(String jobId, JobStatus status) {
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(jobs.find(jobId)).hasValueSatisfying(job -> assertThat(job.status()).isEqualTo(status)));
        return jobs.find(jobId).orElseThrow();
    }

    @Test
    void aScrapeJobSucceedsWithTheProductOnItsPage() throws Exception {
        Job job = submit(JobKind.SCRAPE, site.url("/products/ostrichpillow-original"));

        Job done = awaitStatus(job.id(), JobStatus.SUCCEEDED);

        assertThat(done.results().product()).isNotNull().satisfies(product -> {
            assertThat(product.title()).isEqualTo("OSTRICHPILLOW® Original");
            assertThat(product.price()).isEqualByComparingTo(new BigDecimal("99"));
            assertThat(product.images()).isNotEmpty();
        });
        assertThat(done.progress()).isEqualTo(100);
    }

    @Test
    void aMissingPageFailsTheJobAtOnceWithPageNotFound() throws Exception {
        Job job = submit(JobKind.SCRAPE, site.url("/products/discontinued"));

        Job failed = awaitStatus(job.id(), JobStatus.FAILED);

        assertThat(failed.error()).isNotNull().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.PAGE_NOT_FOUND);
            assertThat(error.failedStage()).isEqualTo(JobStatus.SCRAPING);
            assertThat(error.message()).contains(site.url("/products/discontinued"));
        });
        assertThat(site.hits("/products/discontinued")).isEqualTo(1);
    }

    @Test
    void aVideoJobIsHandedToTheScriptStageWithItsProduct() throws Exception {
        Job job = submit(JobKind.VIDEO, site.url("/products/ostrichpillow-original"));

        Job scripting = awaitStatus(job.id(), JobStatus.SCRIPTING);
        ConsumerRecord<String, Object> handOff = awaitRecord(Topics.SCRIPT_REQUESTS, job.id());

        assertThat(scripting.results().product()).isNotNull();
        assertThat(handOff.value()).isInstanceOfSatisfying(JobMessage.class, message ->
                assertThat(message.payload()).isInstanceOfSatisfying(ScriptRequest.class, request ->
                        assertThat(request.product()).isEqualTo(scripting.results().product())));
    }

    @Test
    void aPageThatKeepsFailingIsRetriedThenDeadLetteredAndTheJobFails() throws Exception {
        Job job = submit(JobKind.SCRAPE, site.url("/flaky"));

        Job failed = awaitStatus(job.id(), JobStatus.FAILED);
        ConsumerRecord<String, Object> deadLetter = awaitRecord(Topics.deadLetter(Topics.SCRAPE_REQUESTS), job.id());

        assertThat(failed.error()).isNotNull().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.FETCH_FAILED);
            assertThat(error.failedStage()).isEqualTo(JobStatus.SCRAPING);
            assertThat(error.message()).contains("HTTP 503", "gave up after 2 attempts");
        });
        assertThat(site.hits("/flaky")).as("2 attempts of the job, 3 quick requests in each").isEqualTo(6);
        assertThat(deadLetter.value()).isInstanceOf(JobMessage.class);
    }

    private static ConsumerRecord<String, Object> awaitRecord(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "scraper-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, Object>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new JsonRecordDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(WAIT).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen).extracting(ConsumerRecord::key).contains(key);
            });
        }
        return seen.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }
}
