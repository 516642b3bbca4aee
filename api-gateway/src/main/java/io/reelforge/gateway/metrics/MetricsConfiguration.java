package io.reelforge.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.reelforge.gateway.GatewayProperties;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The gateway's system-wide gauges. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    ConsumerLagGauges consumerLagGauges(KafkaAdmin kafkaAdmin, MeterRegistry registry, GatewayProperties properties) {
        return new ConsumerLagGauges(Admin.create(kafkaAdmin.getConfigurationProperties()), registry,
                properties.gaugeRefresh());
    }
}
