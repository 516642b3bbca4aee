package io.reelforge.standalone.stack;

import io.reelforge.gateway.GatewayApplication;
import io.reelforge.media.MediaWorkerApplication;
import io.reelforge.scraper.ScraperWorkerApplication;
import io.reelforge.script.ScriptWorkerApplication;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The four Reelforge services, each its own Spring Boot application, exactly as it runs as a separate process. */
public enum Service {
    GATEWAY(GatewayApplication::builder),
    SCRAPER(ScraperWorkerApplication::builder),
    SCRIPT(ScriptWorkerApplication::builder),
    MEDIA(MediaWorkerApplication::builder);

    private final Supplier<SpringApplicationBuilder> builder;

    Service(Supplier<SpringApplicationBuilder> builder) {
        this.builder = builder;
    }

    public SpringApplicationBuilder builder() {
        return builder.get();
    }

    public static Service parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "gateway", "api-gateway" -> GATEWAY;
            case "scraper", "scraper-worker" -> SCRAPER;
            case "script", "script-worker" -> SCRIPT;
            case "media", "media-worker" -> MEDIA;
            default -> throw new IllegalArgumentException(
                    "unknown service '" + name + "': choose scraper, script, media or gateway");
        };
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
