package io.reelforge.standalone.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.message.Topics;
import io.reelforge.media.worker.RenderRequestListener;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The media workers' KEDA {@code ScaledObject} against the workers themselves: it scales the StatefulSet that
 * runs them, on the lag of the consumer group and topics their {@code @KafkaListener}s read, on the Kafka they
 * use, never past the partitions those topics are created with and never to zero.
 */
class KedaScalingTest {

    /** The scaled workers and the listener class whose {@code @KafkaListener}s each one runs. */
    private static final Map<String, Class<?>> LISTENERS = Map.of("media-worker", RenderRequestListener.class);

    static Stream<Manifests> manifests() {
        return ManifestSources.all();
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void theMediaWorkersScaleOnBothRenderLanesOfTheirConsumerGroup(Manifests manifests) {
        ScaledObject media = scaledObject(manifests, "media-worker");
        Set<String> topics = new TreeSet<>();
        for (ScaledObject.Trigger trigger : media.spec().triggers()) {
            assertThat(trigger.type()).isEqualTo("kafka");
            ScaledObject.KafkaTrigger kafka = trigger.kafka();
            assertThat(kafka.consumerGroup()).isEqualTo(RenderRequestListener.GROUP);
            topics.add(kafka.topic());
        }
        assertThat(topics).containsExactlyInAnyOrder(Topics.RENDER_REQUESTS, Topics.RENDER_BULK);
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void eachTriggerWatchesATopicAndGroupThatItsWorkersListenersRead(Manifests manifests) {
        for (ScaledObject scaled : manifests.all(ScaledObject.class)) {
            String worker = scaled.spec().scaleTargetRef().name();
            Set<String> listened = listenedTopicsAndGroups(LISTENERS.get(worker));
            for (ScaledObject.Trigger trigger : scaled.spec().triggers()) {
                ScaledObject.KafkaTrigger kafka = trigger.kafka();
                assertThat(listened).as("%s's listeners", worker).contains(kafka.topic() + " @ " + kafka.consumerGroup());
            }
        }
    }

    private static Set<String> listenedTopicsAndGroups(Class<?> listener) {
        Set<String> listened = new TreeSet<>();
        for (Method method : listener.getDeclaredMethods()) {
            KafkaListener annotation = method.getAnnotation(KafkaListener.class);
            if (annotation != null) {
                for (String topic : annotation.topics()) {
                    listened.add(topic + " @ " + annotation.groupId());
                }
            }
        }
        assertThat(listened).as("the @KafkaListeners of %s", listener.getSimpleName()).isNotEmpty();
        return listened;
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void neverMoreWorkersThanTheTopicsHavePartitionsNorFewerThanOne(Manifests manifests) {
        for (ScaledObject scaled : manifests.all(ScaledObject.class)) {
            String worker = scaled.spec().scaleTargetRef().name();
            var settings = manifests.workload(worker).settings(manifests, worker + "-0");
            var kafka = Binder.get(settings).bindOrCreate("reelforge.kafka", ReelforgeProperties.Kafka.class);
            assertThat(scaled.spec().maxReplicaCount()).isNotNull().isBetween(1, kafka.partitions());
            // a single request must find a running worker, not wait for one to start
            assertThat(scaled.spec().minReplicaCount()).isNotNull().isGreaterThanOrEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void theTriggersReachTheKafkaAndReadOffsetsAsTheWorkersDo(Manifests manifests) {
        for (ScaledObject scaled : manifests.all(ScaledObject.class)) {
            var target = scaled.spec().scaleTargetRef();
            Workload workload = manifests.workload(target.name());
            assertThat(target.envSourceContainerName()).isEqualTo(workload.container().getName());
            Map<String, String> environment = workload.environment(manifests, target.name() + "-0");
            var settings = ServiceSettings.environment(target.name(), environment);
            for (ScaledObject.Trigger trigger : scaled.spec().triggers()) {
                ScaledObject.KafkaTrigger kafka = trigger.kafka();
                String servers = kafka.bootstrapServersFromEnv() != null
                        ? environment.get(kafka.bootstrapServersFromEnv()) : kafka.bootstrapServers();
                assertThat(servers).as("%s's Kafka for KEDA", trigger.name())
                        .isEqualTo(settings.getProperty("spring.kafka.bootstrap-servers"))
                        .isEqualTo(manifests.sharedSetting("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
                // a partition with no committed offset yet holds all its messages as lag, as the workers read it
                assertThat(kafka.offsetResetPolicy())
                        .isEqualTo(settings.getProperty("spring.kafka.consumer.auto-offset-reset"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void theTriggerSettingsAreOnesKedasKafkaScalerAccepts(Manifests manifests) {
        for (ScaledObject scaled : manifests.all(ScaledObject.class)) {
            for (ScaledObject.Trigger trigger : scaled.spec().triggers()) {
                ScaledObject.KafkaTrigger kafka = trigger.kafka();
                assertThat(Long.parseLong(kafka.lagThreshold())).isPositive();
                for (String flag : Stream.of(kafka.allowIdleConsumers(), kafka.limitToPartitionsWithLag(),
                        kafka.excludePersistentLag(), kafka.scaleToZeroOnInvalidOffset()).filter(v -> v != null).toList()) {
                    assertThat(flag).isIn("true", "false");
                }
                // KEDA refuses these combinations (kafkaMetadata.Validate)
                assertThat("true".equals(kafka.allowIdleConsumers()) && "true".equals(kafka.limitToPartitionsWithLag()))
                        .isFalse();
                if ("true".equals(kafka.limitToPartitionsWithLag())) {
                    assertThat(kafka.topic()).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void theScaledStatefulSetLeavesItsReplicaCountToKeda(Manifests manifests) {
        for (ScaledObject scaled : manifests.all(ScaledObject.class)) {
            var target = scaled.spec().scaleTargetRef();
            Workload workload = manifests.workload(target.name());
            assertThat(target.apiVersion() + " " + target.kind()).isEqualTo("apps/v1 " + workload.kind());
            // a replica count in the manifest would undo KEDA's at every apply
            assertThat(workload.replicas()).as("%s's replicas", target.name()).isNull();
        }
    }

    private static ScaledObject scaledObject(Manifests manifests, String name) {
        return manifests.all(ScaledObject.class).stream().filter(s -> s.metadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(manifests + " has no ScaledObject " + name));
    }
}
