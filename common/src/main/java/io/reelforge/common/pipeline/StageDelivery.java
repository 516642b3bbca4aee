package io.reelforge.common.pipeline;

import io.reelforge.common.message.JobMessage;

/** A stage message and the topic it travels on: what {@link Pipeline#enter} builds and the tracker sends. */
public record StageDelivery(String topic, JobMessage message) {
}
