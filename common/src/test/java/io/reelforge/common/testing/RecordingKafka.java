package io.reelforge.common.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.reelforge.common.message.JobMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Kafka as an outbox only: a template that records the stage messages it is asked to send, and where, and answers
 * each send at once. Events are taken and dropped.
 */
public final class RecordingKafka {

    private final List<JobMessage> messages = new CopyOnWriteArrayList<>();
    private final List<String> topics = new CopyOnWriteArrayList<>();
    private final KafkaTemplate<String, Object> template;

    public RecordingKafka() {
        this(message -> { });
    }

    /** @param onSend runs at each stage message sent, before the send answers (to see what the store held then) */
    @SuppressWarnings("unchecked")
    public RecordingKafka(Consumer<JobMessage> onSend) {
        template = mock(KafkaTemplate.class);
        when(template.send(anyString(), anyString(), any())).thenAnswer(call -> {
            if (call.getArgument(2) instanceof JobMessage message) {
                onSend.accept(message);
                messages.add(message);
                topics.add(call.getArgument(0));
            }
            return CompletableFuture.completedFuture(null);
        });
    }

    public KafkaTemplate<String, Object> template() {
        return template;
    }

    /** The stage messages sent, in order. */
    public List<JobMessage> messages() {
        return messages;
    }

    /** The topic of each of {@link #messages()}. */
    public List<String> topics() {
        return topics;
    }
}
