package io.reelforge.gateway.error;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's error report as problem details. Tomcat refuses some requests before any servlet sees them (a path with
 * {@code %2F}, {@code %00} or invalid UTF-8, a request line or headers over {@code server.max-http-request-header-size},
 * a malformed request line) and would answer its HTML page; this valve answers them in the API's format instead.
 * Tomcat says 400 for a request line or headers too large: this valve tells them apart and answers 414 or 431,
 * the statuses RFC 9110 and RFC 6585 give them. Errors that reach the application are answered by
 * {@link ProblemErrorController} and {@link ProblemDetailsAdvice}, so this sees only what they cannot.
 */
public final class ProblemReportValve extends ErrorReportValve {

    /** Tomcat's own message for a request line or headers over the limit, in the locale it logs in. */
    private static final String HEADER_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return; // not an error, or answered already
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is gone: nobody would read an answer
        }
        if (status == 400 && throwable instanceof IllegalArgumentException && HEADER_TOO_LARGE.equals(
                throwable.getMessage())) {
            // the request line is read whole before the first header: without its target, it is what was too long
            status = request.getCoyoteRequest().requestURI().isNull() ? 414 : 431;
            response.setStatus(status);
        }
        try {
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemJson.write(ServerProblems.forStatus(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away while the answer was written
        }
    }
}
