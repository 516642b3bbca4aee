package io.reelforge.common.readiness;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of a worker's readiness ({@code /actuator/health/readiness}): down until every Kafka consumer of the process
 * has joined its group, so an orchestrator counts a starting worker only once it can take work, and a rolling update
 * waits for the new worker before it stops an old one.
 */
public class KafkaConsumersHealthIndicator implements HealthIndicator {

    private final ConsumerAssignments assignments;

    public KafkaConsumersHealthIndicator(ConsumerAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public Health health() {
        List<String> waiting = assignments.waiting();
        Health.Builder health = waiting.isEmpty() ? Health.up() : Health.outOfService();
        return health.withDetail("listeners", assignments.running()).withDetail("waitingForAssignment", waiting)
                .build();
    }
}
