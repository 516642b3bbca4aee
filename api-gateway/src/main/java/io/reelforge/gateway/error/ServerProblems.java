package io.reelforge.gateway.error;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem for an error the web server raised by itself, known only by its status: Tomcat refusing a request
 * before the application sees it, or a {@code sendError} that went to the error page. The detail is ours, never
 * the server's message, which may quote the refused request back.
 */
final class ServerProblems {

    private ServerProblems() {
    }

    static ProblemDetail forStatus(int status) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        return ProblemType.forStatus(code).describe(ProblemDetail.forStatusAndDetail(code, detail(status)));
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its path, a header or its syntax is malformed"
                    + " (encoded slashes, NUL bytes and invalid UTF-8 are refused in paths).";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed here; the Allow header lists the ones that are.";
            case 413 -> "The request body is larger than this server accepts.";
            case 414 -> "The request line is longer than this server accepts; send long values in a JSON body.";
            case 416 -> "The requested range is not satisfiable.";
            case 431 -> "The request headers are larger than this server accepts.";
            case 500 -> "The server could not answer this request; its log has the details.";
            case 501 -> "This server does not implement this method.";
            case 505 -> "This HTTP version is not supported; use HTTP/1.1.";
            default -> "The server refused the request.";
        };
    }
}
