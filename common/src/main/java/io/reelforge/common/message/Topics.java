package io.reelforge.common.message;

import java.util.List;

/** Every Kafka topic Reelforge uses, in one place. Dead letters follow spring-kafka's {@code -dlt} convention. */
public final class Topics {

    public static final String SCRAPE_REQUESTS = "reelforge.scrape.requests";
    public static final String SCRIPT_REQUESTS = "reelforge.script.requests";
    public static final String RENDER_REQUESTS = "reelforge.render.requests";
    public static final String JOB_EVENTS = "reelforge.job.events";
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    public static final List<String> STAGE_TOPICS = List.of(SCRAPE_REQUESTS, SCRIPT_REQUESTS, RENDER_REQUESTS);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Which record a topic carries, so one deserializer serves every consumer. */
    public static Class<?> payloadType(String topic) {
        return JOB_EVENTS.equals(topic) ? JobEvent.class : JobMessage.class;
    }
}
