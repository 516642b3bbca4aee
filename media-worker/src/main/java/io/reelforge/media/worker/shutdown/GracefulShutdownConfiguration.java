package io.reelforge.media.worker.shutdown;

import io.reelforge.media.MediaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

/** Wires the media worker's graceful stop. */
@Configuration(proxyBeanMethods = false)
public class GracefulShutdownConfiguration {

    @Bean
    InFlightRenders inFlightRenders() {
        return new InFlightRenders();
    }

    @Bean
    GracefulShutdown gracefulShutdown(InFlightRenders renders, KafkaListenerEndpointRegistry listeners, KafkaAdmin kafka,
            MediaProperties settings, Environment environment) {
        // the same property common's StaticMembership names the consumers after
        String instanceId = environment.getProperty("spring.kafka.consumer.properties.group.instance.id");
        return new GracefulShutdown(renders, listeners, new StaticMemberExit(kafka, instanceId),
                settings.shutdownGrace());
    }
}
