package io.reelforge.gateway.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the console's files under {@code /console/**} from {@code static/console/} in the jar, and puts
 * {@link ConsoleHeaders} on them and on the page ({@link ConsoleController}). Spring Boot's own static mappings are
 * off ({@code spring.web.resources.add-mappings: false}): nothing else of the class path is served, and no path
 * outside {@code /} and {@code /console/} answers with a file.
 *
 * <p>Every file is revalidated on use ({@code no-cache}) against its content's tag ({@link ContentTags}), answered
 * {@code 304} while it has not changed. The console has no build step, so its modules keep their names from one
 * release to the next: a browser that kept them for a while would run old modules beside new ones after an upgrade.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

    static final String FILES = "/console/**";
    private static final String LOCATION = "classpath:/static/console/";

    private final ContentTags tags = new ContentTags();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(FILES).addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache())
                .setEtagGenerator(tags::of)
                .resourceChain(true);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ConsoleHeaders()).addPathPatterns(ConsoleController.PAGE_PATH, FILES);
    }
}
