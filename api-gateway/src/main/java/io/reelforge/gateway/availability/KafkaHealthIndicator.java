package io.reelforge.gateway.availability;

import io.reelforge.gateway.GatewayProperties;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * {@code kafka} in {@code /actuator/health}: whether a broker answers within a short time. Spring Boot has no
 * Kafka health check of its own, and a gateway whose broker is gone cannot start a job, so a load balancer must
 * see it DOWN; the time limit keeps the health answer within about a second however the broker fails.
 */
@Component
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final Admin admin;
    private final Duration timeout;

    KafkaHealthIndicator(KafkaAdmin kafkaAdmin, GatewayProperties properties) {
        super("Kafka health check failed");
        this.timeout = properties.availability().healthTimeout();
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "api-gateway-health");
        this.admin = Admin.create(config);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        int millis = (int) timeout.toMillis();
        int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis)).nodes()
                .get(millis, TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("nodes", nodes);
    }

    @Override
    public void destroy() {
        admin.close(Duration.ZERO);
    }
}
