package io.reelforge.gateway.web;

import io.reelforge.gateway.error.ProblemJson;
import io.reelforge.gateway.error.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code reelforge.gateway.max-request-body} without reading them into memory. A
 * declared {@code Content-Length} over the limit is answered 413 at once; a body without a length (chunked) is
 * counted as it is read, and reading past the limit fails with {@link RequestBodyTooLargeException}, which
 * {@code ProblemDetailsAdvice} answers 413. Either way the connection is closed after the answer.
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long defaultLimit;
    private final String largeBodyPath;
    private final long largeBodyLimit;

    /**
     * @param largeBodyPath requests under this path (batches: up to 10,000 items, or an uploaded feed) may send up to
     *        {@code largeBodyLimit}; every other route takes a small JSON body
     */
    RequestBodyLimitFilter(long defaultLimit, String largeBodyPath, long largeBodyLimit) {
        this.defaultLimit = defaultLimit;
        this.largeBodyPath = largeBodyPath;
        this.largeBodyLimit = largeBodyLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().equals(largeBodyPath) ? largeBodyLimit : defaultLimit;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(ProblemJson.MEDIA_TYPE);
            var problem = ProblemType.BODY_TOO_LARGE.problem(RequestBodyTooLargeException.detail(limit));
            problem.setProperty("limit", limit);
            response.getOutputStream().write(ProblemJson.write(problem).getBytes(StandardCharsets.UTF_8));
            sendNow(response);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response); // Tomcat itself ends the body at its declared length
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        chain.doFilter(limited, response);
        if (limited.exceeded()) {
            sendNow(response);
        }
    }

    /**
     * Sends the answer before Tomcat reads on: it drains what is left of a refused body (up to
     * {@code server.tomcat.max-swallow-size}, then closes) before it finishes the answer, and a client still busy
     * sending would otherwise only see the connection close. 413 makes Tomcat add {@code Connection: close}.
     */
    private static void sendNow(HttpServletResponse response) throws IOException {
        response.flushBuffer();
    }

    /** The request with a body stream that fails once more than the limit has been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream body;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        boolean exceeded() {
            return body instanceof LimitedInputStream stream && stream.exceeded;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInputStream(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;
        private boolean exceeded;

        LimitedInputStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestBodyTooLargeException {
            read += n;
            if (read > limit) {
                exceeded = true;
                throw new RequestBodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
