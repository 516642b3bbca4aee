package io.reelforge.common.config;

import io.reelforge.common.readiness.ConsumerAssignments;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * What every listener container of a Reelforge service gets before it starts (Spring Boot applies one customizer):
 * its static group membership, and tracking of its assignment for the readiness probe.
 */
final class ListenerContainerSetup
        implements ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> {

    private final StaticMembership membership;
    private final ConsumerAssignments assignments;

    ListenerContainerSetup(StaticMembership membership, ConsumerAssignments assignments) {
        this.membership = membership;
        this.assignments = assignments;
    }

    @Override
    public void configure(ConcurrentMessageListenerContainer<Object, Object> container) {
        membership.configure(container);
        assignments.track(container);
    }
}
