package io.reelforge.gateway.auth;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands a controller the {@link Caller} (or the key's {@link Identity}) the interceptor authenticated. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class || parameter.getParameterType() == Identity.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        String attribute = parameter.getParameterType() == Caller.class ? Caller.ATTRIBUTE : Identity.ATTRIBUTE;
        Object caller = request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        if (caller == null) {
            // a route outside the interceptor's paths asked for a caller: a programming error, never anonymous
            throw new IllegalStateException("no authenticated caller for this request");
        }
        return caller;
    }
}
