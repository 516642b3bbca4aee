package io.reelforge.gateway.auth;

import io.reelforge.gateway.api.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authenticates every API request before its handler runs (so an unauthenticated request's body is never read,
 * let alone stored): {@code Authorization: Bearer rk_...} names the caller's tenant; the admin routes want the
 * admin key instead. In explicit anonymous mode a request without a key acts as the anonymous tenant. The one route
 * that takes either kind of key is {@code GET /api/v1/me}, which says which kind it is.
 */
class ApiKeyInterceptor implements HandlerInterceptor {

    private static final String BEARER = "Bearer ";

    private final ApiKeyStore keys;
    private final SecurityProperties properties;

    ApiKeyInterceptor(ApiKeyStore keys, SecurityProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String presented = bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        String path = request.getRequestURI();
        if (path.startsWith(ApiPaths.ADMIN + "/") || path.equals(ApiPaths.ADMIN)) {
            checkAdmin(presented);
            return true;
        }
        if (path.equals(ApiPaths.ME) && isAdminKey(presented)) {
            request.setAttribute(Identity.ATTRIBUTE, Identity.ADMIN);
            return true;
        }
        Identity identity = tenantIdentity(presented);
        request.setAttribute(Identity.ATTRIBUTE, identity);
        request.setAttribute(Caller.ATTRIBUTE, new Caller(Objects.requireNonNull(identity.tenant())));
        return true;
    }

    private Identity tenantIdentity(@Nullable String presented) {
        if (presented == null) {
            if (properties.anonymous()) {
                return Identity.anonymous(properties.anonymousTenant());
            }
            throw new UnauthenticatedException("This API needs a key: send Authorization: Bearer rk_...", false);
        }
        return keys.authenticate(presented).map(Identity::of)
                .orElseThrow(() -> new UnauthenticatedException("The API key is unknown or revoked.", true));
    }

    private boolean isAdminKey(@Nullable String presented) {
        return presented != null && properties.hasAdminKey()
                && ApiKeySecrets.sameSecret(presented, properties.adminKey());
    }

    private void checkAdmin(@Nullable String presented) {
        if (!properties.hasAdminKey()) {
            throw new UnauthenticatedException(
                    "The admin API is disabled: start the gateway with REELFORGE_ADMIN_KEY set.", presented != null);
        }
        if (presented == null) {
            throw new UnauthenticatedException("The admin API needs the admin key: send Authorization: Bearer ...",
                    false);
        }
        if (!ApiKeySecrets.sameSecret(presented, properties.adminKey())) {
            throw new UnauthenticatedException("This is not the admin key.", true);
        }
    }

    private static @Nullable String bearerToken(@Nullable String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }
}
