package io.reelforge.gateway.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelforge.common.schedule.PeriodicTask;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The backlog of every consumer group, per topic ({@code reelforge_kafka_consumer_lag{topic,group}}): messages
 * written to the topic that the group has not yet committed. Worker-side client metrics only know the partitions a
 * worker holds, and nothing when no worker runs, which is exactly when the backlog matters (scaling from few
 * workers). So the gateway asks the broker, as an autoscaler does: the group's committed offsets (or the start of a
 * partition a member holds without a commit) against the partitions' end offsets.
 */
public class ConsumerLagGauges extends PeriodicTask {

    static final String LAG = "reelforge.kafka.consumer.lag";
    private static final long TIMEOUT_SECONDS = 10;

    private final Admin admin;
    private final MeterRegistry registry;
    private final Map<TopicGroup, AtomicLong> lags = new ConcurrentHashMap<>();

    public ConsumerLagGauges(Admin admin, MeterRegistry registry, Duration interval) {
        super("consumer-lag-gauges", interval, Duration.ZERO);
        this.admin = admin;
        this.registry = registry;
    }

    @Override
    protected void runOnce() {
        Map<TopicGroup, Long> measured;
        try {
            measured = measure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read consumer group offsets: " + e, e);
        }
        // a group that no longer reads a topic has no backlog there: its gauge drops to 0 rather than freezing
        lags.forEach((key, value) -> value.set(measured.getOrDefault(key, 0L)));
        measured.forEach((key, lag) -> gauge(key).set(lag));
    }

    /** The lag of each (topic, group) pair, summed over the topic's partitions. */
    Map<TopicGroup, Long> measure() throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> groups = new HashSet<>();
        for (GroupListing listing : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            groups.add(listing.groupId());
        }
        Map<TopicGroup, Long> lag = new HashMap<>();
        if (groups.isEmpty()) {
            return lag;
        }
        Map<String, Set<TopicPartition>> read = new HashMap<>();
        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        Map<String, ListConsumerGroupOffsetsSpec> everyGroup = new HashMap<>();
        groups.forEach(group -> everyGroup.put(group, new ListConsumerGroupOffsetsSpec()));
        // one request for every group's committed offsets, not one per group
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committedByGroup = admin
                .listConsumerGroupOffsets(everyGroup).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> offsets = committedByGroup.getOrDefault(group, Map.of());
            Map<TopicPartition, Long> positions = new HashMap<>();
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    positions.put(partition, offset.offset());
                }
            });
            committed.put(group, positions);
            read.computeIfAbsent(group, g -> new HashSet<>()).addAll(positions.keySet());
        }
        for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values()) {
            for (MemberDescription member : group.members()) {
                read.computeIfAbsent(group.groupId(), g -> new HashSet<>())
                        .addAll(member.assignment().topicPartitions());
            }
        }
        Set<TopicPartition> partitions = new HashSet<>();
        read.values().forEach(partitions::addAll);
        Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(partitions, OffsetSpec.earliest());
        read.forEach((group, held) -> {
            for (TopicPartition partition : held) {
                ListOffsetsResultInfo end = ends.get(partition);
                if (end == null) {
                    continue;
                }
                Long position = committed.get(group).get(partition);
                long from = position != null ? position : starts.get(partition).offset();
                lag.merge(new TopicGroup(partition.topic(), group), Math.max(0, end.offset() - from), Long::sum);
            }
        });
        return lag;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private AtomicLong gauge(TopicGroup key) {
        return lags.computeIfAbsent(key, k -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(LAG, value, AtomicLong::get)
                    .description("Messages in a topic that a consumer group has not yet processed")
                    .tag("topic", k.topic())
                    .tag("group", k.group())
                    .register(registry);
            return value;
        });
    }

    @Override
    public void stop() {
        super.stop();
        admin.close(Duration.ofSeconds(5));
    }

    /** One gauge's labels. */
    record TopicGroup(String topic, String group) {
    }
}
