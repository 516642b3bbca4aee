package io.reelforge.gateway.auth;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts key authentication in front of {@code /api/**}. A plain interceptor rather than Spring Security: the API is
 * stateless and has one rule (a key names a tenant), which this says in a few lines. OpenAPI, Swagger UI and the
 * actuator stay open.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);

    private final ApiKeyStore keys;
    private final SecurityProperties properties;

    ApiSecurityConfiguration(ApiKeyStore keys, SecurityProperties properties) {
        this.keys = keys;
        this.properties = properties;
        if (properties.anonymous()) {
            log.warn("reelforge.security.anonymous=true: requests without a key act as tenant '{}'. Local use only.",
                    properties.anonymousTenant());
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiKeyInterceptor(keys, properties)).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }
}
