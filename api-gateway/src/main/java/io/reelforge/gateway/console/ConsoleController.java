package io.reelforge.gateway.console;

import io.reelforge.common.job.BrandFont;
import io.reelforge.gateway.api.ApiPaths;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The console's page at {@code /} and the brand fonts at {@code /console/fonts/<id>.ttf}: the same files the media
 * worker draws with ({@link BrandFont}, in common), so a kit's preview in the console shows the video's lettering.
 * Neither needs a key: the page asks for one, and the fonts are public.
 */
@Controller
class ConsoleController {

    static final String PAGE_PATH = "/";

    private static final Resource PAGE = new ClassPathResource("static/index.html");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType TRUETYPE = MediaType.parseMediaType("font/ttf");
    /** A font changes only with a release, and an old copy in a preview does no harm: a day without asking. */
    private static final CacheControl FONT_CACHE = CacheControl.maxAge(Duration.ofDays(1));

    private final ContentTags tags = new ContentTags();

    @GetMapping(PAGE_PATH)
    @Nullable ResponseEntity<Resource> page(WebRequest request) throws NoResourceFoundException {
        return serve(PAGE, PAGE_PATH, HTML, CacheControl.noCache(), request);
    }

    @GetMapping(ApiPaths.CONSOLE_FONT)
    @Nullable ResponseEntity<Resource> font(@PathVariable String name, WebRequest request)
            throws NoResourceFoundException {
        String path = ApiPaths.consoleFont(name);
        BrandFont font = BrandFont.find(name).filter(f -> f.id().equals(name))
                .orElseThrow(() -> new NoResourceFoundException(HttpMethod.GET, path, path));
        return serve(new ClassPathResource(font.resource()), path, TRUETYPE, FONT_CACHE, request);
    }

    /** The file, or {@code 304} (null) when the client's copy has its tag. */
    private @Nullable ResponseEntity<Resource> serve(Resource file, String path, MediaType type, CacheControl cache,
            WebRequest request) throws NoResourceFoundException {
        if (!file.exists()) {
            throw new NoResourceFoundException(HttpMethod.GET, path, path); // a build without the console's files
        }
        String tag = tags.of(file);
        if (request.checkNotModified(tag)) {
            return null;
        }
        return ResponseEntity.ok().contentType(type).cacheControl(cache).eTag(tag).body(file);
    }
}
