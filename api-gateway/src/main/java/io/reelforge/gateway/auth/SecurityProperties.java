package io.reelforge.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call the API, under {@code reelforge.security.*}. Keys are required unless {@code anonymous} is set
 * explicitly (local use: every request then acts as {@code anonymousTenant}).
 *
 * @param anonymous serve requests without a key, as {@code anonymousTenant}; never in production
 * @param anonymousTenant the tenant of anonymous requests
 * @param adminKey the key of the admin API ({@code REELFORGE_ADMIN_KEY}); when blank the admin API refuses everyone
 */
@Validated
@ConfigurationProperties("reelforge.security")
public record SecurityProperties(
        @DefaultValue("false") boolean anonymous,
        @NotBlank @Pattern(regexp = Tenants.PATTERN) @DefaultValue(Tenants.DEFAULT) String anonymousTenant,
        @Nullable String adminKey) {

    public boolean hasAdminKey() {
        return adminKey != null && !adminKey.isBlank();
    }
}
