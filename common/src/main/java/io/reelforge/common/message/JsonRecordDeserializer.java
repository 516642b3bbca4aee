package io.reelforge.common.message;

import io.reelforge.common.json.Json;
import org.apache.kafka.common.serialization.Deserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a message as the record its topic carries ({@link Topics#payloadType}). Wrapped in spring-kafka's
 * {@code ErrorHandlingDeserializer}, so a malformed message goes to the dead-letter topic instead of looping.
 */
public class JsonRecordDeserializer implements Deserializer<Object> {

    private final JsonMapper mapper = Json.mapper();

    @Override
    public Object deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        String base = topic.endsWith(Topics.DEAD_LETTER_SUFFIX)
                ? topic.substring(0, topic.length() - Topics.DEAD_LETTER_SUFFIX.length())
                : topic;
        return mapper.readValue(data, Topics.payloadType(base));
    }
}
