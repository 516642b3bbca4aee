package io.reelforge.common.readiness;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * Which listener containers have joined their consumer groups. A consumer counts once the group has given it an
 * assignment, even an empty one (more workers than partitions): from then on it takes its share of new partitions
 * at the next rebalance. A container counts when each of its consumer threads does; a process is ready when every
 * container counts. Revocations do not undo it: a rebalance is a pause of seconds, not a reason to take a worker
 * out of service.
 */
public class ConsumerAssignments {

    private final List<Tracked> containers = new CopyOnWriteArrayList<>();

    /** Starts following a container; call before it starts (a container customizer does). */
    public void track(ConcurrentMessageListenerContainer<?, ?> container) {
        ContainerProperties properties = container.getContainerProperties();
        Tracked tracked = new Tracked(container, properties.getConsumerRebalanceListener());
        properties.setConsumerRebalanceListener(tracked);
        containers.add(tracked);
    }

    /** The containers (by listener id) that run but whose consumers have not all had an assignment yet. */
    public List<String> waiting() {
        return containers.stream()
                .filter(c -> c.container.isRunning() && c.joined.size() < c.container.getConcurrency())
                .map(c -> c.container.getListenerId())
                .toList();
    }

    /** How many listener containers this process runs. */
    public long running() {
        return containers.stream().filter(c -> c.container.isRunning()).count();
    }

    /** Records the first assignment of each consumer thread, and passes every call on to the listener it replaced. */
    private static final class Tracked implements ConsumerAwareRebalanceListener {

        private final ConcurrentMessageListenerContainer<?, ?> container;
        private final @Nullable ConsumerRebalanceListener delegate;
        private final Set<Consumer<?, ?>> joined = Collections.synchronizedSet(
                Collections.newSetFromMap(new IdentityHashMap<>()));

        Tracked(ConcurrentMessageListenerContainer<?, ?> container, @Nullable ConsumerRebalanceListener delegate) {
            this.container = container;
            this.delegate = delegate;
        }

        @Override
        public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            joined.add(consumer);
            if (delegate instanceof ConsumerAwareRebalanceListener aware) {
                aware.onPartitionsAssigned(consumer, partitions);
            } else if (delegate != null) {
                delegate.onPartitionsAssigned(partitions);
            }
        }

        @Override
        public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            if (delegate instanceof ConsumerAwareRebalanceListener aware) {
                aware.onPartitionsRevokedBeforeCommit(consumer, partitions);
            } else if (delegate != null) {
                delegate.onPartitionsRevoked(partitions);
            }
        }

        @Override
        public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            if (delegate instanceof ConsumerAwareRebalanceListener aware) {
                aware.onPartitionsRevokedAfterCommit(consumer, partitions);
            }
        }

        @Override
        public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            if (delegate instanceof ConsumerAwareRebalanceListener aware) {
                aware.onPartitionsLost(consumer, partitions);
            } else if (delegate != null) {
                delegate.onPartitionsLost(partitions);
            }
        }
    }
}
