package io.reelforge.gateway.events;

import io.reelforge.common.message.JobEvent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Hands each job event to the listeners of that job on this gateway instance. */
@Component
public class JobEventHub {

    private final Map<String, Set<Consumer<JobEvent>>> listeners = new ConcurrentHashMap<>();

    public void subscribe(String jobId, Consumer<JobEvent> listener) {
        listeners.computeIfAbsent(jobId, id -> ConcurrentHashMap.newKeySet()).add(listener);
    }

    public void unsubscribe(String jobId, Consumer<JobEvent> listener) {
        listeners.computeIfPresent(jobId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    public void publish(JobEvent event) {
        Set<Consumer<JobEvent>> set = listeners.get(event.jobId());
        if (set != null) {
            set.forEach(listener -> listener.accept(event));
        }
    }
}
