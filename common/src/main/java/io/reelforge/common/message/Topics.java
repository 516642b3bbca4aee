package io.reelforge.common.message;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Every Kafka topic Reelforge uses, in one place. Retries and dead letters follow spring-kafka's non-blocking retry
 * naming: a stage topic's retry topics are {@code <topic>-retry-0}, {@code <topic>-retry-1}, ... (one per retry,
 * each with its own delay), its dead-letter topic {@code <topic>-dlt}. The broker never creates topics by itself
 * (the standalone one refuses to), so each of these is created at start-up from this list.
 */
public final class Topics {

    public static final String SCRAPE_REQUESTS = "reelforge.scrape.requests";
    public static final String SCRIPT_REQUESTS = "reelforge.script.requests";
    public static final String RENDER_REQUESTS = "reelforge.render.requests";
    /** The bulk lane of each stage: batch items wait here, apart from single requests. */
    public static final String SCRAPE_BULK = "reelforge.scrape.bulk";
    public static final String SCRIPT_BULK = "reelforge.script.bulk";
    public static final String RENDER_BULK = "reelforge.render.bulk";
    public static final String JOB_EVENTS = "reelforge.job.events";
    public static final String DEAD_LETTER_SUFFIX = "-dlt";
    public static final String RETRY_SUFFIX = "-retry";

    /** Every stage topic, both lanes ({@code io.reelforge.common.pipeline.Pipeline#topic} says which is which). */
    public static final List<String> STAGE_TOPICS = List.of(SCRAPE_REQUESTS, SCRIPT_REQUESTS, RENDER_REQUESTS,
            SCRAPE_BULK, SCRIPT_BULK, RENDER_BULK);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    public static boolean isDeadLetter(String topic) {
        return topic.endsWith(DEAD_LETTER_SUFFIX);
    }

    /** The retry topics of a stage topic when a stage gets {@code maxAttempts} attempts: one per retry. */
    public static List<String> retries(String topic, int maxAttempts) {
        return IntStream.range(0, maxAttempts - 1).mapToObj(i -> topic + RETRY_SUFFIX + "-" + i).toList();
    }

    /** Which record a topic carries, so one deserializer serves every consumer. */
    public static Class<?> payloadType(String topic) {
        return JOB_EVENTS.equals(topic) ? JobEvent.class : JobMessage.class;
    }
}
