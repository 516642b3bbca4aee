package io.reelforge.media.worker.shutdown;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Takes a stopped worker's static members out of their consumer groups. A static member ({@code group.instance.id})
 * that closes stays in its group until its session times out: that is what gives a restarted process its partitions
 * back without a rebalance, but it would also keep the render just handed back, whose next attempt waits on one of
 * those partitions, from any other worker for that long. A worker that stops on purpose gives its partitions to the
 * others at once instead. Dynamic members leave by themselves when they close, so there is nothing to do for them.
 */
final class StaticMemberExit {

    private static final Logger log = LoggerFactory.getLogger(StaticMemberExit.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final KafkaAdmin kafka;
    private final @Nullable String processInstanceId;

    /**
     * @param processInstanceId the process's {@code group.instance.id}; each of its consumers is a member named after
     *     it ({@code <id>-<topic>[-n]}); null or blank with dynamic membership
     */
    StaticMemberExit(KafkaAdmin kafka, @Nullable String processInstanceId) {
        this.kafka = kafka;
        this.processInstanceId = processInstanceId;
    }

    /** Removes this process's members from the groups; call it once its consumers have closed. */
    void leave(Collection<String> groups) {
        if (processInstanceId == null || processInstanceId.isBlank() || groups.isEmpty()) {
            return;
        }
        String prefix = processInstanceId + "-";
        try (Admin admin = Admin.create(kafka.getConfigurationProperties())) {
            for (String group : groups) {
                leave(admin, group, prefix);
            }
        } catch (RuntimeException e) {
            warn(groups, e);
        }
    }

    private void leave(Admin admin, String group, String prefix) {
        try {
            ConsumerGroupDescription described = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<MemberToRemove> ours = described.members().stream().map(MemberDescription::groupInstanceId)
                    .flatMap(Optional::stream).filter(id -> id.startsWith(prefix)).map(MemberToRemove::new).toList();
            if (ours.isEmpty()) {
                return;
            }
            var options = new RemoveMembersFromConsumerGroupOptions(ours);
            options.reason("the media worker stopped");
            admin.removeMembersFromConsumerGroup(group, options).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("left consumer group {} ({} static member(s) of {})", group, ours.size(), processInstanceId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            warn(List.of(group), e);
        }
    }

    private static void warn(Collection<String> groups, Exception e) {
        log.warn("could not leave the consumer group(s) {}; their partitions move to other workers when this worker's"
                + " session times out: {}", groups, e.toString());
    }
}
