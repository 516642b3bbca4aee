package io.reelforge.gateway.error;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The methods the API's routes take at a path, for the {@code Allow} of a 405 that Tomcat raised itself (it refuses
 * {@code TRACE} before Spring MVC sees it, and can only list every method the application serves anywhere). The
 * same list Spring MVC gives its own 405s, read from the same route table.
 */
final class RouteMethods {

    private final ObjectProvider<RequestMappingHandlerMapping> routes;

    /** Looked up when needed: the route table is built from the controllers, the error page among them. */
    RouteMethods(ObjectProvider<RequestMappingHandlerMapping> routes) {
        this.routes = routes;
    }

    /** The methods of the routes matching {@code path}, e.g. {@code "DELETE, GET"}; empty when none matches. */
    String allowedAt(String path) {
        PathContainer container = PathContainer.parsePath(path);
        Set<String> methods = new TreeSet<>();
        for (RequestMappingInfo route : routes.getObject().getHandlerMethods().keySet()) {
            var patterns = route.getPathPatternsCondition();
            if (patterns != null && patterns.getPatterns().stream().anyMatch(p -> p.matches(container))) {
                route.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(methods::add);
            }
        }
        return methods.stream().collect(Collectors.joining(", "));
    }
}
