package io.reelforge.gateway.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The error page ({@code /error}) as problem details, in place of Spring Boot's JSON map. Requests come here when
 * something below Spring MVC's exception handling said {@code sendError}: Tomcat refusing {@code TRACE} (answered
 * with the {@code Allow} of the route, as Spring MVC's own 405s are), a filter, an exception thrown outside a
 * controller. It writes the answer itself rather than through content negotiation, so the client's {@code Accept}
 * or a content type set before the error cannot turn it into something else.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final RouteMethods routeMethods;

    /** The application's route table by name: the actuator has one of its own. */
    ProblemErrorController(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes) {
        this.routeMethods = new RouteMethods(routes);
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e) {
            log.error("unexpected error while answering a request", e);
        }
        ProblemDetail problem = ServerProblems.forStatus(status);
        URI instance = instance(request);
        problem.setInstance(instance);
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED && instance != null) {
            String allowed = routeMethods.allowedAt(instance.getRawPath());
            if (!allowed.isEmpty()) {
                response.setHeader(HttpHeaders.ALLOW, allowed); // the route's methods, not every one served
            }
        }
        response.setStatus(status);
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.getOutputStream().write(ProblemJson.write(problem).getBytes(StandardCharsets.UTF_8));
    }

    /** The path the client asked for, unless it is not a valid URI (then it is better left out than quoted). */
    private static @Nullable URI instance(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                return new URI(path);
            } catch (URISyntaxException e) {
                return null;
            }
        }
        return null;
    }

    /** The error's status; a client asking for the error page itself finds nothing there. */
    private static int status(HttpServletRequest request) {
        @Nullable Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status == null) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        return status instanceof Integer code && code >= 400 ? code : 500;
    }
}
