package io.reelforge.common.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.testing.SharedRedis;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The registry against a real Redis server. Each test's worker speaks a language of its own (one of ISO 639's
 * private-use codes {@code qaa} to {@code qtz}), so a test sees its own entry whatever else the shared server holds.
 */
class VoiceRegistryTest {

    private static LettuceConnectionFactory connections;
    private static StringRedisTemplate redis;
    private static VoiceRegistry registry;

    private static final Random RANDOM = new Random();

    private final String language = "q" + (char) ('a' + RANDOM.nextInt(20)) + (char) ('a' + RANDOM.nextInt(26));
    private final String worker = "media-worker@test/" + UUID.randomUUID();
    private final VoiceOffer offer = new VoiceOffer("openai", "alloy", List.of(new Voice("alloy", List.of(language))));
    private VoiceRegistration registration;

    @BeforeAll
    static void connect() {
        connections = SharedRedis.connect();
        redis = new StringRedisTemplate(connections);
        registry = new VoiceRegistry(redis);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @AfterEach
    void stopRegistration() {
        if (registration != null) {
            registration.stop();
        }
        registry.remove(worker);
    }

    @Test
    void aRegisteredWorkersVoicesAreRead() {
        registry.register(worker, offer, Duration.ofSeconds(30));

        RunningVoices running = registry.running();

        assertThat(running.offers()).contains(offer);
        assertThat(running.canVoice(language, "alloy")).isTrue();
    }

    @Test
    void aWorkerIsRegisteredOnceStartedAndStaysRegisteredPastItsTimeToLive() {
        registration = new VoiceRegistration(registry, worker, offer, Duration.ofMillis(100), Duration.ofMillis(500));
        registration.start();

        assertThat(registry.running().canVoice(language, null)).isTrue();
        Duration left = Duration.ofMillis(redis.getExpire(VoiceRegistry.PREFIX + worker,
                java.util.concurrent.TimeUnit.MILLISECONDS));
        assertThat(left).isPositive().isLessThanOrEqualTo(Duration.ofMillis(500));
        // renewed every 100 ms: still there three times its time to live later
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> registry.running().canVoice(language, null));
    }

    @Test
    void theEntryOfAWorkerThatStopsRenewingExpiresAndLeavesTheSet() {
        registry.register(worker, offer, Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(5)).until(() -> !registry.running().canVoice(language, null));
        assertThat(redis.opsForSet().isMember(VoiceRegistry.WORKERS, worker)).isFalse();
    }

    @Test
    void aWorkerThatStopsCleanlyIsForgottenAtOnce() {
        registration = new VoiceRegistration(registry, worker, offer, Duration.ofSeconds(10), Duration.ofSeconds(30));
        registration.start();
        assertThat(registry.running().canVoice(language, null)).isTrue();

        registration.stop();

        assertThat(registry.running().canVoice(language, null)).isFalse();
        assertThat(redis.hasKey(VoiceRegistry.PREFIX + worker)).isFalse();
    }

    @Test
    void anEntryThatCannotBeReadLeavesTheOthersCounted() {
        String broken = worker + "-broken";
        redis.opsForValue().set(VoiceRegistry.PREFIX + broken, "{not json", Duration.ofSeconds(30));
        redis.opsForSet().add(VoiceRegistry.WORKERS, broken);
        registry.register(worker, offer, Duration.ofSeconds(30));

        try {
            assertThat(registry.running().canVoice(language, null)).isTrue();
        } finally {
            registry.remove(broken);
        }
    }
}
