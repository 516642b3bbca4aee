package io.reelforge.gateway.web;

import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.api.ApiPaths;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

/**
 * What a request body must be: within {@code reelforge.gateway.max-request-body}, and JSON that means one thing.
 * Jackson's defaults are lenient where a client's mistake would pass unseen: {@code "maxScenes": 2.5} would become
 * 2, and {@code {"url": a, "url": b}} would keep b. Both are refused here, as 400s that name the field.
 */
@Configuration(proxyBeanMethods = false)
class RequestConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(GatewayProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.maxRequestBody().toBytes(), ApiPaths.BATCHES,
                        properties.batches().feeds().maxBytes().toBytes()));
        registration.setOrder(CrossOriginConfiguration.ORDER + 1);
        return registration;
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonRequests() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
