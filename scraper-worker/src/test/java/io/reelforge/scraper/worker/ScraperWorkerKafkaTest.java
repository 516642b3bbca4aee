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
import io.reelforge.common.net.UrlPolicy;
import java.net.UnknownHostException;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
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
 * stage, failures retried on retry topics and dead-lettered. Stores are a local web site; host names resolve
 * nowhere ({@link NoDns}), as for a store that does not exist.
 *
 * <p>Small limits keep it quick: a page must arrive within 3 s, a stage gets 2 attempts, the retry waits 2 s (long
 * enough to see the partition go on meanwhile).
 */
@SpringBootTest(classes = ScraperWorkerApplication.class, properties = {
        "spring.config.name=scraper-worker", "spring.application.name=scraper-worker",
        "reelforge.kafka.max-attempts=2", "reelforge.scraper.retries.backoff=10ms", "reelforge.fetch.timeout=3s",
        "reelforge.scraper.concurrency=" + ScraperWorkerKafkaTest.PARTITIONS})
@Import(ScraperWorkerKafkaTest.NoDns.class)
class ScraperWorkerKafkaTest {

    static final int PARTITIONS = 4;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(2);
    private static LocalSite site;

    @Autowired
    private JobStore jobs;

    @Autowired
    private KafkaTemplate<String, Object> kafka;

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
        registry.add("reelforge.kafka.partitions", () -> String.valueOf(PARTITIONS));
        registry.add("reelforge.kafka.initial-backoff", () -> RETRY_BACKOFF.toMillis() + "ms");
        registry.add("reelforge.kafka.max-backoff", () -> RETRY_BACKOFF.toMillis() + "ms");
    }

    /** A resolver that knows no host name: every store named by host does not exist. */
    @TestConfiguration(proxyBeanMethods = false)
    static class NoDns {
        @Bean
        UrlPolicy urlPolicy() {
            return new UrlPolicy(List.of("127.0.0.1"), host -> {
                throw new UnknownHostException(host);
            });
        }
    }

    @BeforeAll
    static void startSite() throws IOException {
        site = LocalSite.start()
                .serve("/products/ostrichpillow-original", 200, "text/html",
                        ScrapeProcessorTest.page("fathom-ostrichpillow/source.html.gz"))
                .serve("/flaky", 503, "text/html", "<h1>Service Unavailable</h1>".getBytes(StandardCharsets.UTF_8))
                // one byte a second: it would take over an hour to arrive
                .trickle("/slow", Duration.ofSeconds(1))
                .trickle("/slow-too", Duration.ofSeconds(1));
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    /** Every scraper consumer thread holds one partition of the stage topic, so timings below mean something. */
    @BeforeEach
    void awaitOnePartitionPerThread() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(listeners.getListenerContainers()).anySatisfy(container ->
                assertThat(((ConcurrentMessageListenerContainer<?, ?>) container).getAssignmentsByClientId())
                        .hasSize(PARTITIONS)
                        .allSatisfy((client, partitions) -> assertThat(partitions).singleElement()
                                .extracting(TopicPartition::topic).isEqualTo(Topics.SCRAPE_REQUESTS))));
    }

    private Job submit(JobKind kind, String url) throws Exception {
        return submit(JobBuilder.aJob(kind).forUrl(url));
    }

    /** A scrape job of the tenant whose job id (the message key) lands on the given partition of the stage topic. */
    private Job submit(String tenant, String url, int partition) throws Exception {
        return submit(JobBuilder.aJob(JobKind.SCRAPE).id(idOnPartition(partition)).tenant(tenant).forUrl(url));
    }

    private Job submit(JobBuilder builder) throws Exception {
        Job job = builder.createdAt(Instant.now()).build();
        jobs.create(job);
        kafka.send(Topics.SCRAPE_REQUESTS, job.id(), JobMessage.of(job.id(), job.tenant(), 1,
                new ScrapeRequest(job.request().url()), Instant.now())).get();
        return job;
    }

    private static String idOnPartition(int partition) {
        while (true) {
            String id = UUID.randomUUID().toString();
            if (BuiltInPartitioner.partitionForKey(id.getBytes(StandardCharsets.UTF_8), PARTITIONS) == partition) {
                return id;
            }
        }
    }

    private Job job(String id) {
        return jobs.find(id).orElseThrow();
    }

    /** Submitted to done, from the job record's own timestamps. */
    private static Duration took(Job job) {
        return Duration.between(job.createdAt(), job.updatedAt());
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
    void aPermanentFailureIsNotRetriedAndLandsInTheDeadLetterTopic() throws Exception {
        Job job = submit(JobKind.SCRAPE, site.url("/products/discontinued"));

        Job failed = awaitStatus(job.id(), JobStatus.FAILED);
        ConsumerRecord<String, Object> deadLetter = awaitRecord(Topics.deadLetter(Topics.SCRAPE_REQUESTS), job.id());

        assertThat(failed.error()).isNotNull().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.PAGE_NOT_FOUND);
            assertThat(error.failedStage()).isEqualTo(JobStatus.SCRAPING);
            assertThat(error.message()).contains(site.url("/products/discontinued"));
            assertThat(error.attempts()).isEqualTo(1);
        });
        assertThat(site.hits("/products/discontinued")).isEqualTo(1);
        // spring-kafka's retry-topic headers: the stack trace for operators, never on the job
        assertThat(header(deadLetter, KafkaHeaders.EXCEPTION_STACKTRACE)).contains("PermanentJobFailure");
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
    void aTransientFailureIsRetriedOnARetryTopicWhileItsPartitionKeepsFlowing() throws Exception {
        Job flaky = submit("tenant-a", site.url("/flaky"), 1);
        await().atMost(WAIT).until(() -> site.hits("/flaky") == 3); // the first attempt's three quick requests
        Job behind = submit("tenant-b", site.url("/products/ostrichpillow-original"), 1);

        Job done = awaitStatus(behind.id(), JobStatus.SUCCEEDED);

        // the job behind the failing one on its partition did not wait for the retry's 2 s back-off
        assertThat(took(done)).isLessThan(RETRY_BACKOFF);
        assertThat(site.hits("/flaky")).as("the retry has not run yet").isEqualTo(3);
        assertThat(awaitRecord(Topics.retries(Topics.SCRAPE_REQUESTS, 2).getFirst(), flaky.id()).value())
                .isInstanceOf(JobMessage.class);

        Job failed = awaitStatus(flaky.id(), JobStatus.FAILED);
        assertThat(failed.error()).isNotNull().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.FETCH_FAILED);
            assertThat(error.failedStage()).isEqualTo(JobStatus.SCRAPING);
            assertThat(error.message()).contains("HTTP 503", "gave up after 2 attempts");
            assertThat(error.attempts()).isEqualTo(2);
        });
        assertThat(site.hits("/flaky")).as("2 attempts of the job, 3 quick requests in each").isEqualTo(6);
        ConsumerRecord<String, Object> deadLetter = awaitRecord(Topics.deadLetter(Topics.SCRAPE_REQUESTS), flaky.id());
        assertThat(deadLetter.value()).isInstanceOf(JobMessage.class);
        assertThat(header(deadLetter, KafkaHeaders.EXCEPTION_STACKTRACE)).contains("TransientJobFailure");
        assertThat(header(deadLetter, KafkaHeaders.ORIGINAL_TOPIC)).isEqualTo(Topics.SCRAPE_REQUESTS);
    }

    @Test
    void aSlowPageDoesNotDelayAnotherTenantsJobAndFailsWithTimeoutAtItsDeadline() throws Exception {
        Job slow = submit("slow-shop", site.url("/slow"), 0);
        await().atMost(WAIT).until(() -> site.hits("/slow") == 1); // its bytes are trickling in now
        Job fast = submit("other-shop", site.url("/products/ostrichpillow-original"), 2);

        Job done = awaitStatus(fast.id(), JobStatus.SUCCEEDED);

        assertThat(took(done)).isLessThan(Duration.ofSeconds(2));
        assertThat(job(slow.id()).status()).as("the slow page is still arriving").isEqualTo(JobStatus.SCRAPING);

        Job failed = awaitStatus(slow.id(), JobStatus.FAILED);
        assertThat(failed.error()).isNotNull().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.TIMEOUT);
            assertThat(error.message()).contains(site.url("/slow"), "did not arrive within 3 s",
                    "gave up after 2 attempts");
        });
        // two attempts of 3 s and the 2 s back-off between them: not the per-read timeout of old (a byte a second
        // kept every read alive), which let one page hold its thread for 21 s per attempt
        assertThat(took(failed)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
    }

    @Test
    void aJobBehindASlowPageOnItsPartitionWaitsNoLongerThanTheFetchDeadline() throws Exception {
        Job slow = submit("slow-shop", site.url("/slow-too"), 3);
        await().atMost(WAIT).until(() -> site.hits("/slow-too") == 1);
        Job behind = submit("other-shop", site.url("/products/ostrichpillow-original"), 3);

        Job done = awaitStatus(behind.id(), JobStatus.SUCCEEDED);

        // a partition is read by one thread in order: the job behind waits for the slow page's first attempt to hit
        // its 3 s deadline, then the slow page waits for its retry on the retry topic, off this partition
        assertThat(took(done)).isLessThan(Duration.ofSeconds(3).plus(Duration.ofSeconds(2)));
        assertThat(job(slow.id()).status()).isEqualTo(JobStatus.SCRAPING);
    }

    @Test
    void aHostThatDoesNotResolveFailsTheJobWithHostNotFound() throws Exception {
        Job job = submit(JobKind.SCRAPE, "https://no-such-store.example/products/1");

        Job failed = awaitStatus(job.id(), JobStatus.FAILED);

        assertThat(failed.error()).isNotNull().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.HOST_NOT_FOUND);
            assertThat(error.message()).contains("no-such-store.example", "gave up after 2 attempts");
        });
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
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
