package io.reelforge.common.message;

import io.reelforge.common.json.Json;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

/** Writes any of our message records as JSON. */
public class JsonRecordSerializer implements Serializer<Object> {

    private final JsonMapper mapper = Json.mapper();

    @Override
    public byte[] serialize(String topic, Object data) {
        return data == null ? null : mapper.writeValueAsBytes(data);
    }
}
