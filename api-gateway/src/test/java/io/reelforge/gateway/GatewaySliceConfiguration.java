package io.reelforge.gateway;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.artifact.FileSystemArtifactStore;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.common.voice.RunningVoices;
import io.reelforge.common.voice.VoiceRegistry;
import io.reelforge.common.watchdog.LeaseSweeper;
import io.reelforge.gateway.api.JobViews;
import io.reelforge.gateway.auth.ApiKeyStore;
import io.reelforge.gateway.availability.KafkaCircuit;
import io.reelforge.gateway.brand.BrandKitResolver;
import io.reelforge.gateway.brand.TenantBrandKits;
import io.reelforge.gateway.events.JobEventHub;
import io.reelforge.gateway.events.StreamKeepAlive;
import io.reelforge.gateway.idempotency.IdempotencyStore;
import io.reelforge.gateway.idempotency.IdempotentSubmissions;
import io.reelforge.gateway.image.ImageFetcher;
import io.reelforge.gateway.job.JobQueryService;
import io.reelforge.gateway.job.JobRetryService;
import io.reelforge.gateway.job.JobSubmissionService;
import io.reelforge.gateway.job.NarrationVoices;
import io.reelforge.gateway.job.ScriptLanguages;
import io.reelforge.gateway.limit.SubmissionLimits;
import io.reelforge.gateway.webhook.DeliveryStore;
import io.reelforge.gateway.webhook.WebhookEndpoints;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.mockito.Mockito;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import io.reelforge.gateway.batch.BatchInputs;
import io.reelforge.gateway.batch.BatchService;
import io.reelforge.gateway.batch.BatchVideos;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of the gateway needs beside the controllers: the real services and views, a fixed
 * clock, the real URL policy (loopback allowed, as in the other tests) and an artifact store with nothing in it.
 * The store and the tracker are mocked in each test, and the Redis-backed keys, idempotency records and limits
 * here: the slice is about HTTP (with anonymous callers); the real-server tests cover the rest.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReelforgeProperties.class)
@Import({JobSubmissionService.class, JobQueryService.class, JobRetryService.class, JobViews.class,
        KafkaCircuit.class, ScriptLanguages.class, NarrationVoices.class, IdempotentSubmissions.class,
        JobEventHub.class, StreamKeepAlive.class, BrandKitResolver.class, ImageFetcher.class})
public class GatewaySliceConfiguration {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    ApiKeyStore apiKeyStore() {
        return Mockito.mock(ApiKeyStore.class);
    }

    @Bean
    IdempotencyStore idempotencyStore() {
        return Mockito.mock(IdempotencyStore.class);
    }

    @Bean
    SubmissionLimits submissionLimits() {
        return Mockito.mock(SubmissionLimits.class);
    }

    @Bean
    WebhookEndpoints webhookEndpoints() {
        return Mockito.mock(WebhookEndpoints.class);
    }

    /** No tenant has a kit: {@code BrandKitApiTest} covers kits with Redis. */
    @Bean
    TenantBrandKits tenantBrandKits() {
        return Mockito.mock(TenantBrandKits.class);
    }

    @Bean
    DeliveryStore deliveryStore() {
        return Mockito.mock(DeliveryStore.class);
    }

    /** Finds no abandoned job: the slice has no leases; {@code LeaseSweeperTest} and the stack tests cover them. */
    @Bean
    LeaseSweeper leaseSweeper() {
        return Mockito.mock(LeaseSweeper.class);
    }

    /** Batches are covered by the real-server tests ({@code BatchApiTest}); the slice only needs their controller built. */
    @Bean
    BatchService batchService() {
        return Mockito.mock(BatchService.class);
    }

    @Bean
    BatchInputs batchInputs() {
        return Mockito.mock(BatchInputs.class);
    }

    @Bean
    BatchVideos batchVideos() {
        return Mockito.mock(BatchVideos.class);
    }

    /**
     * No media worker registered, as when all are scaled to zero: every language is accepted. The refusals are
     * covered against a real Redis ({@code NarrationVoicesTest}).
     */
    @Bean
    VoiceRegistry voiceRegistry() {
        VoiceRegistry registry = Mockito.mock(VoiceRegistry.class);
        Mockito.when(registry.running()).thenReturn(new RunningVoices(List.of()));
        return registry;
    }

    @Bean
    UrlPolicy urlPolicy() {
        return new UrlPolicy(List.of("127.0.0.1"));
    }

    @Bean
    ArtifactStore artifactStore() {
        return new FileSystemArtifactStore(Path.of("target", "slice-artifacts-never-written"));
    }
}
