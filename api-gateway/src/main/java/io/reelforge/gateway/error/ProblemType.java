package io.reelforge.gateway.error;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of error the API answers, each with a stable {@code type} URI and {@code code}: clients switch on
 * these, so never rename one. The URIs identify the problem; they need not resolve.
 */
public enum ProblemType {
    VALIDATION("validation", "Invalid request", HttpStatus.BAD_REQUEST),
    BLOCKED_URL("blocked-url", "URL not allowed", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "Malformed request", HttpStatus.BAD_REQUEST),
    BAD_REQUEST("bad-request", "Bad request", HttpStatus.BAD_REQUEST),
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    JOB_NOT_FOUND("job-not-found", "Job not found", HttpStatus.NOT_FOUND),
    ARTIFACT_NOT_FOUND("artifact-not-found", "Artifact not found", HttpStatus.NOT_FOUND),
    BATCH_NOT_FOUND("batch-not-found", "Batch not found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    UNAUTHORIZED("unauthorized", "Unauthorized", HttpStatus.UNAUTHORIZED),
    ORIGIN_NOT_ALLOWED("origin-not-allowed", "Origin not allowed", HttpStatus.FORBIDDEN),
    BODY_TOO_LARGE("body-too-large", "Request body too large", HttpStatus.CONTENT_TOO_LARGE),
    URI_TOO_LONG("uri-too-long", "Request line too long", HttpStatus.URI_TOO_LONG),
    RANGE_NOT_SATISFIABLE("range-not-satisfiable", "Range not satisfiable", HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
    KEY_NOT_FOUND("key-not-found", "API key not found", HttpStatus.NOT_FOUND),
    DELIVERY_NOT_FOUND("delivery-not-found", "Delivery not found", HttpStatus.NOT_FOUND),
    BRAND_KIT_NOT_FOUND("brand-kit-not-found", "No brand kit", HttpStatus.NOT_FOUND),
    /** The job has no product image of that number, or the brand kit no logo. */
    IMAGE_NOT_FOUND("image-not-found", "Image not found", HttpStatus.NOT_FOUND),
    JOB_FINISHED("job-finished", "Job already finished", HttpStatus.CONFLICT),
    JOB_NOT_RETRYABLE("job-not-retryable", "Job cannot be retried", HttpStatus.CONFLICT),
    BATCH_FINISHED("batch-finished", "Batch already finished", HttpStatus.CONFLICT),
    /** A batch's videos were asked for before any item succeeded, or after their videos expired. */
    NO_VIDEOS("no-videos", "No videos yet", HttpStatus.CONFLICT),
    INVALID_FEED("invalid-feed", "Not a product feed Reelforge reads", HttpStatus.UNPROCESSABLE_CONTENT),
    FEED_TOO_LARGE("feed-too-large", "Product feed too large", HttpStatus.CONTENT_TOO_LARGE),
    /** The feed's server answered an error, too slowly or not at all; the same request may work later. */
    FEED_UNAVAILABLE("feed-unavailable", "Product feed unavailable", HttpStatus.BAD_GATEWAY),
    /** An image's server answered an error, too slowly, not at all, or with too many bytes; may work later. */
    IMAGE_UNAVAILABLE("image-unavailable", "Image unavailable", HttpStatus.BAD_GATEWAY),
    /** An image's server answered with something that is no picture the gateway passes on (HTML, a script...). */
    NOT_AN_IMAGE("not-an-image", "Not an image", HttpStatus.BAD_GATEWAY),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "Request with this key still in progress", HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key used with another request",
            HttpStatus.UNPROCESSABLE_CONTENT),
    /** No running media worker speaks the video's language; the problem lists the languages they speak. */
    LANGUAGE_NOT_VOICED("language-not-voiced", "No voice for this language", HttpStatus.UNPROCESSABLE_CONTENT),
    /** No running media worker has the voice asked for in the video's language; the problem lists those they have. */
    VOICE_NOT_AVAILABLE("voice-not-available", "Voice not available", HttpStatus.UNPROCESSABLE_CONTENT),
    RATE_LIMITED("rate-limited", "Too many requests", HttpStatus.TOO_MANY_REQUESTS),
    QUEUE_FULL("queue-full", "Too many unfinished jobs", HttpStatus.TOO_MANY_REQUESTS),
    QUEUE_UNAVAILABLE("queue-unavailable", "Job queue unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /** Redis (jobs, keys, limits) is down or not answering in time; the same request works once it is back. */
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL_ERROR("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR),
    /** Any other status the server answers with (501, ...); its {@code status()} is only nominal. */
    HTTP_ERROR("http-error", "HTTP error", HttpStatus.BAD_REQUEST);

    public static final String BASE = "https://reelforge.dev/problems/";

    private final String slug;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public HttpStatus status() {
        return status;
    }

    /** A problem of this type, with its code and this detail. */
    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return describe(problem);
    }

    /** Sets this type's URI, title and code on a problem made elsewhere (by Spring MVC, for example). */
    public ProblemDetail describe(ProblemDetail problem) {
        problem.setType(uri());
        problem.setTitle(title);
        problem.setProperty("code", code());
        return problem;
    }

    /** The type of a problem Spring MVC raised itself, judged by its status. */
    public static ProblemType forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> BAD_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> BODY_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 416 -> RANGE_NOT_SATISFIABLE;
            case 431 -> HEADERS_TOO_LARGE;
            case 500 -> INTERNAL_ERROR;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> HTTP_ERROR;
        };
    }
}
