package io.reelforge.gateway.job;

import static io.reelforge.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.CaptionStyle;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.NarrationMode;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.pipeline.StageDelivery;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.message.ScrapeRequest;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.GatewaySliceConfiguration;
import io.reelforge.gateway.availability.KafkaCircuit;
import io.reelforge.gateway.error.ProblemType;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Accepted requests: the job is created queued, its first stage message is sent, the answer says where to poll. */
@WebMvcTest(properties = "reelforge.security.anonymous=true")
@Import(GatewaySliceConfiguration.class)
class SubmissionControllerTest {

    private static final String PRODUCT = """
            {"title": "Aurora Ceramic Pour-Over Set", "price": 49.00, "currency": "usd",
             "images": ["https://shop.example/a.jpg", "https://shop.example/b.jpg"]}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    JobTracker tracker;

    @MockitoBean
    JobStore store;

    @Autowired
    KafkaCircuit kafka;

    @BeforeEach
    void trackerSavesWhatItIsGiven() {
        when(tracker.create(any())).thenAnswer(call -> call.getArgument(0));
    }

    @AfterEach
    void kafkaWorksAgain() {
        kafka.succeeded(); // the slice's context is shared: a test's refused job must not refuse the next test's
    }

    private MvcTestResult post(String path, String json) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private Job createdJob() {
        ArgumentCaptor<Job> job = ArgumentCaptor.forClass(Job.class);
        verify(tracker).create(job.capture());
        return job.getValue();
    }

    private JobMessage sentMessage() {
        ArgumentCaptor<StageDelivery> delivery = ArgumentCaptor.forClass(StageDelivery.class);
        verify(tracker).send(delivery.capture());
        return delivery.getValue().message();
    }

    @Test
    void createdVideoJobAnswers202WithLocationRetryAfterAndTheJob() {
        MvcTestResult result = post("/api/v1/videos", """
                {"url": "http://127.0.0.1:9/products/aurora", "durationSeconds": 30, "language": "en-us",
                 "tone": "energetic"}""");

        Job job = createdJob();
        assertThat(result).hasStatus(HttpStatus.ACCEPTED)
                .hasHeader("Location", "/api/v1/jobs/" + job.id())
                .hasHeader("Retry-After", "2");
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.id").isEqualTo(job.id());
        json.extractingPath("$.kind").isEqualTo("video");
        json.extractingPath("$.status").isEqualTo("queued");
        json.extractingPath("$.progress").isEqualTo(0);
        json.extractingPath("$.createdAt").isEqualTo("2026-03-01T10:00:00Z");
        json.extractingPath("$.request.url").isEqualTo("http://127.0.0.1:9/products/aurora");
        json.extractingPath("$.request.options.language").isEqualTo("en-US");
        json.extractingPath("$.request.options.tone").isEqualTo("energetic");
        json.extractingPath("$.links.self").isEqualTo("/api/v1/jobs/" + job.id());
        json.extractingPath("$.links.cancel").isEqualTo("/api/v1/jobs/" + job.id());
    }

    @Test
    void videoJobIsQueuedForTheDefaultTenantAndSendsAScrapeRequestKeyedByItsId() {
        post("/api/v1/videos", "{\"url\": \"http://127.0.0.1:9/products/aurora\"}");

        Job job = createdJob();
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.tenant()).isEqualTo("default");
        assertThat(job.request().options().durationSeconds()).isEqualTo(30);
        JobMessage message = sentMessage();
        assertThat(message.jobId()).isEqualTo(job.id());
        assertThat(message.attempt()).isEqualTo(1);
        assertThat(message.payload()).isEqualTo(new ScrapeRequest("http://127.0.0.1:9/products/aurora"));
    }

    @Test
    void scrapeRouteCreatesAScrapeJob() {
        assertThat(post("/api/v1/scrape-product-url", "{\"url\": \"http://127.0.0.1:9/p\"}"))
                .hasStatus(HttpStatus.ACCEPTED);

        assertThat(createdJob().kind()).isEqualTo(JobKind.SCRAPE);
        assertThat(sentMessage().payload()).isInstanceOf(ScrapeRequest.class);
    }

    @Test
    void scriptRouteFromAKeywordSendsAScriptRequest() {
        assertThat(post("/api/v1/generate-script", "{\"keyword\": \" pour-over coffee \", \"durationSeconds\": 15}"))
                .hasStatus(HttpStatus.ACCEPTED);

        assertThat(createdJob().kind()).isEqualTo(JobKind.SCRIPT);
        ScriptRequest request = (ScriptRequest) sentMessage().payload();
        assertThat(request.keyword()).isEqualTo("pour-over coffee");
        assertThat(request.product()).isNull();
        assertThat(request.options().durationSeconds()).isEqualTo(15);
    }

    @Test
    void scriptRouteFromAProductSendsItsDetails() {
        post("/api/v1/generate-script", "{\"product\": " + PRODUCT + "}");

        ScriptRequest request = (ScriptRequest) sentMessage().payload();
        assertThat(request.product().title()).isEqualTo("Aurora Ceramic Pour-Over Set");
        assertThat(request.product().currency()).isEqualTo("USD");
        assertThat(request.keyword()).isNull();
    }

    @Test
    void videoRouteWithoutAScriptStartsByWritingOne() {
        assertThat(post("/api/v1/generate-video", "{\"product\": " + PRODUCT + "}")).hasStatus(HttpStatus.ACCEPTED);

        assertThat(createdJob().kind()).isEqualTo(JobKind.RENDER);
        assertThat(sentMessage().payload()).isInstanceOf(ScriptRequest.class);
    }

    @Test
    void videoRouteWithAScriptGoesStraightToRendering() {
        post("/api/v1/generate-video", "{\"product\": " + PRODUCT + ", \"script\": {\"title\": \"Aurora\", \"scenes\": ["
                + "{\"narration\": \"Slow mornings.\", \"imageIndex\": 0},"
                + "{\"narration\": \"Hand-glazed.\", \"imageIndex\": 1}]}}");

        RenderRequest request = (RenderRequest) sentMessage().payload();
        assertThat(request.script().scenes()).hasSize(2);
        assertThat(request.script().language()).isEqualTo("en");
        assertThat(request.product().images()).hasSize(2);
    }

    @Test
    void aVideoJobCarriesItsRenderOptionsAndShowsThem() {
        MvcTestResult result = post("/api/v1/videos", """
                {"url": "http://127.0.0.1:9/products/aurora", "format": "16:9@720", "captions": false,
                 "musicUrl": "http://127.0.0.1:9/music/bed.mp3"}""");

        JobOptions options = createdJob().request().options();
        assertThat(options.format()).isEqualTo("16:9@720");
        assertThat(options.captions()).isFalse();
        assertThat(options.musicUrl()).isEqualTo("http://127.0.0.1:9/music/bed.mp3");
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.request.options.format").isEqualTo("16:9@720");
        json.extractingPath("$.request.options.captions").isEqualTo(false);
        json.extractingPath("$.request.options.musicUrl").isEqualTo("http://127.0.0.1:9/music/bed.mp3");
    }

    @Test
    void aVideoJobCarriesItsVoiceNarrationCaptionStyleAndBrandKit() {
        MvcTestResult result = post("/api/v1/videos", """
                {"url": "http://127.0.0.1:9/products/aurora", "voice": "nova", "narration": "NONE",
                 "captionStyle": "plain", "brand": {"primaryColor": "#1d3557", "accentColor": "#E63946"}}""");

        JobOptions options = createdJob().request().options();
        assertThat(options.voice()).isEqualTo("nova");
        assertThat(options.narration()).isEqualTo(NarrationMode.NONE);
        assertThat(options.captionStyle()).isEqualTo(CaptionStyle.PLAIN);
        assertThat(options.brand()).isEqualTo(new BrandKit(null, "#1D3557", "#E63946", null));
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.request.options.narration").isEqualTo("none");
        json.extractingPath("$.request.options.captionStyle").isEqualTo("plain");
    }

    @Test
    void renderOptionsReachTheRenderRequestOfAVideoFromAProduct() {
        post("/api/v1/generate-video", "{\"product\": " + PRODUCT + ", \"script\": {\"title\": \"Aurora\", "
                + "\"scenes\": [{\"narration\": \"Slow mornings.\", \"imageIndex\": 0}]}, \"format\": \"1:1\", "
                + "\"captions\": true}");

        RenderRequest request = (RenderRequest) sentMessage().payload();
        assertThat(request.options().format()).isEqualTo("1:1");
        assertThat(request.options().captions()).isTrue();
        assertThat(request.options().musicUrl()).isNull();
    }

    @Test
    void withoutRenderOptionsTheMediaWorkersSettingsApply() {
        post("/api/v1/videos", "{\"url\": \"http://127.0.0.1:9/products/aurora\"}");

        JobOptions options = createdJob().request().options();
        assertThat(options.format()).isNull();
        assertThat(options.captions()).isNull();
        assertThat(options.musicUrl()).isNull();
    }

    @Test
    void unavailableQueueAnswers503AndFailsTheJobInsteadOfLeavingItQueued() {
        when(tracker.store()).thenReturn(store);
        doThrow(new IllegalStateException("could not send to reelforge.scrape.requests")).when(tracker).send(any());

        MvcTestResult result = post("/api/v1/videos", "{\"url\": \"http://127.0.0.1:9/products/aurora\"}");

        Job job = createdJob();
        var json = assertProblem(result, ProblemType.QUEUE_UNAVAILABLE);
        json.extractingPath("$.jobId").isEqualTo(job.id());
        json.extractingPath("$.detail").asString().doesNotContain("reelforge.scrape.requests");
        assertThat(result).headers().hasValue("Retry-After", "5");
        Job failed = savedChange(job.id()).apply(job);
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(failed.error().message()).contains("queue was unavailable");
    }

    @Test
    void aJobSavedButWhoseCreationKafkaRefusedIsFailedNotLeftQueued() {
        // the tracker saves the job, then cannot announce it: Kafka's producer throws at once when it has no metadata
        when(tracker.store()).thenReturn(store);
        when(tracker.create(any())).thenThrow(new org.springframework.kafka.KafkaException("Send failed"));

        MvcTestResult result = post("/api/v1/videos", "{\"url\": \"http://127.0.0.1:9/products/aurora\"}");

        Job job = createdJob();
        assertProblem(result, ProblemType.QUEUE_UNAVAILABLE).extractingPath("$.jobId").isEqualTo(job.id());
        assertThat(savedChange(job.id()).apply(job).status()).isEqualTo(JobStatus.FAILED);
    }

    @Test
    void afterKafkaRefusedAJobTheNextSubmitIsRefusedAtOnceAndSavesNothing() {
        when(tracker.store()).thenReturn(store);
        doThrow(new IllegalStateException("could not send to reelforge.scrape.requests")).when(tracker).send(any());
        post("/api/v1/videos", "{\"url\": \"http://127.0.0.1:9/products/aurora\"}");
        Job refusedFirst = createdJob();

        MvcTestResult result = post("/api/v1/videos", "{\"url\": \"http://127.0.0.1:9/products/aurora\"}");

        assertProblem(result, ProblemType.QUEUE_UNAVAILABLE).doesNotHavePath("$.jobId");
        assertThat(result).headers().hasValue("Retry-After", "5");
        assertThat(createdJob().id()).as("no second job was created").isEqualTo(refusedFirst.id());
    }

    @Test
    void redisUnavailableAnswers503WithRetryAfter() {
        when(tracker.store()).thenReturn(store);
        when(tracker.create(any())).thenThrow(new RedisConnectionFailureException("Unable to connect to Redis"));

        MvcTestResult result = post("/api/v1/videos", "{\"url\": \"http://127.0.0.1:9/products/aurora\"}");

        assertProblem(result, ProblemType.SERVICE_UNAVAILABLE).extractingPath("$.detail").asString()
                .doesNotContain("Redis");
        assertThat(result).headers().hasValue("Retry-After", "5");
    }

    /** The change the store was asked to save to the job. */
    private UnaryOperator<Job> savedChange(String jobId) {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<UnaryOperator<Job>> change = ArgumentCaptor.forClass(UnaryOperator.class);
        verify(store).update(eq(jobId), change.capture());
        return change.getValue();
    }
}
