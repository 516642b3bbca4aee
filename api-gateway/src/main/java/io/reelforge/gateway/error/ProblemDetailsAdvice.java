package io.reelforge.gateway.error;

import io.reelforge.common.job.JobNotFoundException;
import io.reelforge.gateway.batch.BatchFinishedException;
import io.reelforge.gateway.brand.BrandKitNotFoundException;
import io.reelforge.gateway.batch.BatchNotFoundException;
import io.reelforge.gateway.batch.NoVideosException;
import io.reelforge.gateway.feed.FeedTooLargeException;
import io.reelforge.gateway.feed.FeedUnavailableException;
import io.reelforge.gateway.feed.InvalidFeedException;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.availability.Outages;
import io.reelforge.gateway.api.FieldProblem;
import io.reelforge.gateway.artifact.ArtifactNotFoundException;
import io.reelforge.gateway.artifact.RangeNotSatisfiableException;
import io.reelforge.gateway.auth.KeyNotFoundException;
import io.reelforge.gateway.auth.UnauthenticatedException;
import io.reelforge.gateway.idempotency.IdempotencyKeyInUseException;
import io.reelforge.gateway.image.ImageNotFoundException;
import io.reelforge.gateway.image.ImageUnavailableException;
import io.reelforge.gateway.idempotency.IdempotencyKeyReusedException;
import io.reelforge.gateway.job.InvalidFieldException;
import io.reelforge.gateway.job.JobAlreadyFinishedException;
import io.reelforge.gateway.job.JobNotRetryableException;
import io.reelforge.gateway.job.NotVoicedException;
import io.reelforge.gateway.job.QueueUnavailableException;
import io.reelforge.gateway.job.UrlNotAllowedException;
import io.reelforge.gateway.limit.QueueFullException;
import io.reelforge.gateway.limit.RateLimitedException;
import io.reelforge.gateway.web.RequestBodyTooLargeException;
import io.reelforge.gateway.webhook.DeliveryNotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every error as RFC 9457 problem details with a stable {@code type} and {@code code}; invalid requests also list
 * the fields to fix in {@code errors}. Spring MVC's own errors (unknown route, wrong method, unreadable body) go
 * through the base class and get our types too. Stack traces go to the log, never into an answer.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI BLANK_TYPE = URI.create("about:blank");

    /** Seconds a client should wait before sending again a request refused because a dependency is down. */
    private final String unavailableRetryAfter;

    public ProblemDetailsAdvice(GatewayProperties properties) {
        this.unavailableRetryAfter = String.valueOf(properties.availability().retryAfterSeconds());
    }

    @ExceptionHandler(JobNotFoundException.class)
    ResponseEntity<ProblemDetail> jobNotFound(JobNotFoundException e) {
        return answer(ProblemType.JOB_NOT_FOUND.problem("There is no job with this id."));
    }

    @ExceptionHandler(BatchNotFoundException.class)
    ResponseEntity<ProblemDetail> batchNotFound(BatchNotFoundException e) {
        return answer(ProblemType.BATCH_NOT_FOUND.problem("There is no batch with this id."));
    }

    @ExceptionHandler(BatchFinishedException.class)
    ResponseEntity<ProblemDetail> batchFinished(BatchFinishedException e) {
        ProblemDetail problem = ProblemType.BATCH_FINISHED.problem("The batch is " + e.status().wireName()
                + " already.");
        problem.setProperty("batchStatus", e.status().wireName());
        return answer(problem);
    }

    @ExceptionHandler(NoVideosException.class)
    ResponseEntity<ProblemDetail> noVideos(NoVideosException e) {
        ProblemDetail problem = ProblemType.NO_VIDEOS.problem("The batch has no video to download: none of its items"
                + " has succeeded yet, or their videos have expired. Its counts say how far it is.");
        problem.setProperty("batchStatus", e.status().wireName());
        return answer(problem);
    }

    @ExceptionHandler(InvalidFeedException.class)
    ResponseEntity<ProblemDetail> invalidFeed(InvalidFeedException e) {
        return answer(ProblemType.INVALID_FEED.problem(String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(FeedTooLargeException.class)
    ResponseEntity<ProblemDetail> feedTooLarge(FeedTooLargeException e) {
        return answer(ProblemType.FEED_TOO_LARGE.problem(String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(FeedUnavailableException.class)
    ResponseEntity<ProblemDetail> feedUnavailable(FeedUnavailableException e) {
        return answer(ProblemType.FEED_UNAVAILABLE.problem(String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(ArtifactNotFoundException.class)
    ResponseEntity<ProblemDetail> artifactNotFound(ArtifactNotFoundException e) {
        return answer(ProblemType.ARTIFACT_NOT_FOUND.problem("The job has no file of this name."));
    }

    @ExceptionHandler(ImageNotFoundException.class)
    ResponseEntity<ProblemDetail> imageNotFound(ImageNotFoundException e) {
        return answer(ProblemType.IMAGE_NOT_FOUND.problem(String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(ImageUnavailableException.class)
    ResponseEntity<ProblemDetail> imageUnavailable(ImageUnavailableException e) {
        ProblemType type = e.notAnImage() ? ProblemType.NOT_AN_IMAGE : ProblemType.IMAGE_UNAVAILABLE;
        return answer(type.problem(String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(RangeNotSatisfiableException.class)
    ResponseEntity<ProblemDetail> rangeNotSatisfiable(RangeNotSatisfiableException e) {
        ProblemDetail problem = ProblemType.RANGE_NOT_SATISFIABLE.problem("The Range cannot be served: it is"
                + " malformed, starts past the end of the file, has more than 100 parts or adds up to the whole file"
                + " or more. The file is " + e.length() + " bytes long.");
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.CONTENT_RANGE, "bytes */" + e.length()).body(problem);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableQuery(InvalidParameterException e) {
        // Tomcat parses the query string when a parameter is first asked for, so this comes from inside a route
        return answer(ProblemType.BAD_REQUEST.problem("The query string could not be read: a parameter has an"
                + " invalid %-escape or is not UTF-8, or there are too many parameters."));
    }

    @ExceptionHandler(UrlNotAllowedException.class)
    ResponseEntity<ProblemDetail> urlNotAllowed(UrlNotAllowedException e) {
        String reason = String.valueOf(e.getMessage());
        return answer(withErrors(ProblemType.BLOCKED_URL.problem(
                "The " + e.field() + " may not be fetched: " + reason + "."),
                List.of(new FieldProblem(e.field(), reason))));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException e) {
        return answer(validation(List.of(new FieldProblem(e.field(), String.valueOf(e.getMessage())))));
    }

    /** 422 naming the field, with what can be voiced: {@code languages}, or the language's {@code voices}. */
    @ExceptionHandler(NotVoicedException.class)
    ResponseEntity<ProblemDetail> notVoiced(NotVoicedException e) {
        ProblemDetail problem = switch (e.reason()) {
            case LANGUAGE -> ProblemType.LANGUAGE_NOT_VOICED.problem(String.valueOf(e.getMessage()));
            case VOICE -> ProblemType.VOICE_NOT_AVAILABLE.problem(String.valueOf(e.getMessage()));
        };
        problem.setProperty("language", e.language());
        problem.setProperty(e.reason() == NotVoicedException.Reason.LANGUAGE ? "languages" : "voices", e.available());
        return answer(withErrors(problem, List.of(new FieldProblem(e.field(), e.fieldMessage()))));
    }

    @ExceptionHandler(JobAlreadyFinishedException.class)
    ResponseEntity<ProblemDetail> jobFinished(JobAlreadyFinishedException e) {
        ProblemDetail problem = ProblemType.JOB_FINISHED.problem(
                "The job has already " + e.status().wireName() + "; only unfinished jobs can be canceled.");
        problem.setProperty("jobStatus", e.status().wireName());
        return answer(problem);
    }

    @ExceptionHandler(UnauthenticatedException.class)
    ResponseEntity<ProblemDetail> unauthenticated(UnauthenticatedException e) {
        String challenge = e.keyPresented() ? "Bearer realm=\"reelforge\", error=\"invalid_token\""
                : "Bearer realm=\"reelforge\"";
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .body(ProblemType.UNAUTHORIZED.problem(String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(KeyNotFoundException.class)
    ResponseEntity<ProblemDetail> keyNotFound(KeyNotFoundException e) {
        return answer(ProblemType.KEY_NOT_FOUND.problem("There is no API key with this id."));
    }

    @ExceptionHandler(BrandKitNotFoundException.class)
    ResponseEntity<ProblemDetail> brandKitNotFound(BrandKitNotFoundException e) {
        return answer(ProblemType.BRAND_KIT_NOT_FOUND.problem("This tenant has no brand kit: its videos have the"
                + " default look. PUT /api/v1/brand sets one."));
    }

    @ExceptionHandler(DeliveryNotFoundException.class)
    ResponseEntity<ProblemDetail> deliveryNotFound(DeliveryNotFoundException e) {
        return answer(ProblemType.DELIVERY_NOT_FOUND.problem("The job has no webhook delivery with this id."));
    }

    @ExceptionHandler(JobNotRetryableException.class)
    ResponseEntity<ProblemDetail> jobNotRetryable(JobNotRetryableException e) {
        ProblemDetail problem = ProblemType.JOB_NOT_RETRYABLE.problem("The job is " + e.status().wireName()
                + "; only failed or canceled jobs, and jobs whose worker stopped responding, can be retried.");
        problem.setProperty("jobStatus", e.status().wireName());
        return answer(problem);
    }

    @ExceptionHandler(IdempotencyKeyInUseException.class)
    ResponseEntity<ProblemDetail> idempotencyKeyInUse(IdempotencyKeyInUseException e) {
        ProblemDetail problem = ProblemType.IDEMPOTENCY_KEY_IN_USE.problem(
                "A request with this Idempotency-Key is still being handled; send it again in a moment.");
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return answer(ProblemType.IDEMPOTENCY_KEY_REUSED.problem(
                "This Idempotency-Key was already used with a different request; use a new key for a new request."));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        ProblemDetail problem = ProblemType.RATE_LIMITED.problem(
                "Jobs are being created faster than this key's tenant may; wait and send again.");
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem);
    }

    @ExceptionHandler(QueueFullException.class)
    ResponseEntity<ProblemDetail> queueFull(QueueFullException e) {
        ProblemDetail problem = ProblemType.QUEUE_FULL.problem("This tenant already has " + e.limit()
                + " unfinished jobs, the most it may have; send more when some have finished.");
        problem.setProperty("limit", e.limit());
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }

    @ExceptionHandler(QueueUnavailableException.class)
    ResponseEntity<ProblemDetail> queueUnavailable(QueueUnavailableException e) {
        ProblemDetail problem = ProblemType.QUEUE_UNAVAILABLE.problem(e.jobId() == null
                ? "The job queue is unavailable, so no job was created. Try again later."
                : "The job queue is unavailable, so the job was not started (it is marked failed). Try again later.");
        if (e.jobId() != null) {
            problem.setProperty("jobId", e.jobId());
        }
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, unavailableRetryAfter)
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    @Nullable ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // a player that seeks or stops drops its connection mid-download: nothing to answer, nothing wrong
            log.debug("client went away: {}", e.toString());
            return null;
        }
        if (Outages.isRedisUnavailable(e)) {
            // an outage, not a bug: one line per request, no stack trace
            log.warn("answered 503: Redis is unavailable ({})", e.toString());
            ProblemDetail problem = ProblemType.SERVICE_UNAVAILABLE.problem(
                    "The service is briefly unavailable, so nothing was done. Send the request again later.");
            return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, unavailableRetryAfter)
                    .body(problem);
        }
        log.error("unexpected error while answering a request", e);
        return answer(ProblemType.INTERNAL_ERROR.problem(
                "The server could not answer this request; its log has the details."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(), message(e))));
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new FieldProblem("", message(e))));
        return new ResponseEntity<>(validation(errors), headers, status);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = String.valueOf(result.getMethodParameter().getParameterName());
            result.getResolvableErrors().forEach(e -> errors.add(new FieldProblem(name, message(e))));
        });
        return new ResponseEntity<>(validation(errors), headers, status);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (bodyTooLarge(ex) instanceof RequestBodyTooLargeException big) {
            ProblemDetail problem = ProblemType.BODY_TOO_LARGE.problem(big.getMessage());
            problem.setProperty("limit", big.limit());
            return new ResponseEntity<>(problem, headers, problem.getStatus());
        }
        FieldProblem field = JsonErrors.problemOf(ex);
        ProblemDetail problem = ProblemType.MALFORMED_REQUEST.problem(field == null
                ? "The request body is missing or is not valid JSON."
                : "The request body could not be read: " + field.field() + " " + field.message() + ".");
        if (field != null) {
            withErrors(problem, List.of(field));
        }
        return new ResponseEntity<>(problem, headers, status);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // the default detail talks of "static resources", which an API client has no use for
        return nothingHere(headers, status);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return nothingHere(headers, status); // no route, and no file mapped there (files are only under /console/)
    }

    private static ResponseEntity<Object> nothingHere(HttpHeaders headers, HttpStatusCode status) {
        return new ResponseEntity<>(ProblemType.NOT_FOUND.problem("There is nothing at this path."), headers, status);
    }

    /** Gives the problems Spring MVC built itself (404, 405, 415, ...) our type and code. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && isUntyped(problem)) {
            ProblemType.forStatus(statusCode).describe(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static @Nullable RequestBodyTooLargeException bodyTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyTooLargeException big) {
                return big;
            }
        }
        return null;
    }

    private static boolean isUntyped(ProblemDetail problem) {
        return problem.getType() == null || BLANK_TYPE.equals(problem.getType());
    }

    static ProblemDetail validation(List<FieldProblem> errors) {
        List<FieldProblem> sorted = errors.stream().sorted(Comparator.comparing(FieldProblem::field)).toList();
        String fields = sorted.stream().map(e -> e.field().isEmpty() ? e.message() : e.field() + " " + e.message())
                .collect(Collectors.joining("; "));
        return withErrors(ProblemType.VALIDATION.problem("The request has invalid fields: " + fields + "."), sorted);
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
