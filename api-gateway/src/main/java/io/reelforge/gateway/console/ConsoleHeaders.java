package io.reelforge.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The security headers of the console's files. The page handles an API key (kept in the browser's session storage),
 * so nothing but the gateway's own files may run in it: no inline script or style, no other origin (no CDN, no
 * third-party requests that could carry the key away), no framing. Videos and previews the page fetches with the key
 * are shown from {@code blob:} URLs, and small images may be {@code data:} URLs; the API itself is same-origin.
 * Set before the handler runs, so a missing file's 404 carries them too.
 */
final class ConsoleHeaders implements HandlerInterceptor {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' blob: data:",
            "media-src 'self' blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY"); // frame-ancestors, for browsers that predate it
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        return true;
    }
}
