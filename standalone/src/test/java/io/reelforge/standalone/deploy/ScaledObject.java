package io.reelforge.standalone.deploy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * KEDA's {@code ScaledObject} (keda.sh/v1alpha1), a custom resource fabric8 has no class for: the fields of KEDA's
 * CRD that a Kafka-scaled workload can use, so that {@link StrictModel} refuses any other. The triggers' metadata
 * is a map of strings in the CRD; {@link KafkaTrigger} reads a Kafka trigger's keys strictly too.
 */
record ScaledObject(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    record Spec(
            ScaleTargetRef scaleTargetRef,
            @Nullable Integer pollingInterval,
            @Nullable Integer cooldownPeriod,
            @Nullable Integer initialCooldownPeriod,
            @Nullable Integer idleReplicaCount,
            @Nullable Integer minReplicaCount,
            @Nullable Integer maxReplicaCount,
            @Nullable Fallback fallback,
            @Nullable Advanced advanced,
            List<Trigger> triggers) {
    }

    record ScaleTargetRef(@Nullable String apiVersion, @Nullable String kind, String name,
            @Nullable String envSourceContainerName) {
    }

    record Fallback(int failureThreshold, int replicas, @Nullable String behavior) {
    }

    record Advanced(@Nullable Boolean restoreToOriginalReplicaCount,
            @Nullable HorizontalPodAutoscalerConfig horizontalPodAutoscalerConfig,
            @Nullable Map<String, Object> scalingModifiers) {
    }

    record HorizontalPodAutoscalerConfig(@Nullable String name, @Nullable HorizontalPodAutoscalerBehavior behavior) {
    }

    record Trigger(String type, @Nullable String name, Map<String, String> metadata,
            @Nullable Map<String, String> authenticationRef, @Nullable String metricType,
            @Nullable Boolean useCachedMetrics) {

        KafkaTrigger kafka() {
            return StrictModel.read(Map.copyOf(metadata), KafkaTrigger.class);
        }
    }

    /**
     * The metadata keys of KEDA's {@code kafka} scaler (pkg/scalers/kafka_scaler.go, kafkaMetadata), all strings as
     * the CRD has them; a {@code *FromEnv} key names a variable of the scale target's container instead of a value.
     */
    record KafkaTrigger(
            @Nullable String bootstrapServers, @Nullable String bootstrapServersFromEnv,
            @Nullable String consumerGroup, @Nullable String consumerGroupFromEnv,
            @Nullable String topic, @Nullable String topicFromEnv,
            @Nullable String partitionLimitation,
            @Nullable String lagThreshold, @Nullable String activationLagThreshold,
            @Nullable String offsetResetPolicy,
            @Nullable String allowIdleConsumers, @Nullable String excludePersistentLag,
            @Nullable String scaleToZeroOnInvalidOffset, @Nullable String limitToPartitionsWithLag,
            @Nullable String ensureEvenDistributionOfPartitions,
            @Nullable String version, @Nullable String tls, @Nullable String unsafeSsl, @Nullable String sasl,
            @Nullable String saslTokenProvider, @Nullable String awsRegion) {
    }
}
