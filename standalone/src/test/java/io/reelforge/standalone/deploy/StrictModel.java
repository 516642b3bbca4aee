package io.reelforge.standalone.deploy;

import java.util.Map;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a parsed YAML document into a model class as strictly as the API server does. fabric8's model keeps any
 * field it does not know in an {@code additionalProperties} map (a {@code @JsonAnySetter}), which would let a
 * misspelled {@code livenesProbe} pass unnoticed: that any-setter is removed here, so an unknown field fails. A
 * number or a boolean where Kubernetes wants a string (an unquoted {@code value: 6} of an environment variable, a
 * ConfigMap value) fails as well, as {@code kubectl apply} would.
 */
final class StrictModel {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withCoercionConfig(LogicalType.Textual, strings -> strings
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new SimpleModule("no-additional-properties").setDeserializerModifier(new NoAnySetter()))
            .build();

    private StrictModel() {
    }

    /** @throws tools.jackson.core.JacksonException naming the field and its path when the document does not fit */
    static <T> T read(Map<String, Object> document, Class<T> type) {
        return MAPPER.convertValue(document, type);
    }

    private static final class NoAnySetter extends ValueDeserializerModifier {

        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier bean,
                BeanDeserializerBuilder builder) {
            if (bean.getBeanClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
                builder.setAnySetter(null);
            }
            return builder;
        }
    }
}
