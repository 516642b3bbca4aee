package io.reelforge.gateway.availability;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import io.reelforge.gateway.GatewayProperties;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis on the request path fails at once instead of waiting. With Lettuce's defaults a command issued while the
 * connection is down is buffered and carried out when Redis is back, and a caller waits up to 60 s: a request whose
 * client had long given up then created its job anyway. Here a command issued while disconnected is rejected at
 * once; every command times out after {@code spring.data.redis.timeout} (Spring Boot turns Lettuce's
 * {@code TimeoutOptions} on with it), and a command that timed out is never written later, because Lettuce skips
 * completed commands when it replays its buffer after a reconnect. The connection still reconnects by itself,
 * with the wait between attempts capped so the gateway is back soon after Redis is.
 */
@Configuration(proxyBeanMethods = false)
class RedisFailFast {

    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options.autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    ClientResourcesBuilderCustomizer boundedReconnectDelay(GatewayProperties properties) {
        Duration most = properties.availability().redisReconnectDelay();
        // 1, 2, 4, ... ms between attempts, never more than the configured delay
        return resources -> resources.reconnectDelay(Delay.exponential(Duration.ZERO, most, 2, TimeUnit.MILLISECONDS));
    }
}
