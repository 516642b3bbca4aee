package io.reelforge.common.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Stable, documented error codes a failed job carries; clients switch on these, so never rename one. */
public enum ErrorCode {
    /** The page answered 404 or 410. */
    PAGE_NOT_FOUND,
    /** The page was fetched but holds no recognisable product. */
    NOT_A_PRODUCT_PAGE,
    /** The URL answered with something other than HTML. */
    NOT_HTML,
    /** The page could not be fetched (network error, server error after retries, too large). */
    FETCH_FAILED,
    /** The URL is not allowed by the fetch policy (scheme, private address, too many redirects). */
    BLOCKED_URL,
    /** The URL's host name does not resolve (a typo, or a domain that no longer exists), after retries. */
    HOST_NOT_FOUND,
    /** No product image could be downloaded and decoded. */
    NO_USABLE_IMAGES,
    /** The language model refused the key. */
    LLM_AUTH_FAILED,
    /** The language model was unreachable or overloaded after retries. */
    LLM_UNAVAILABLE,
    /** The script writer cannot write the language asked for (the offline writer writes en, de, fr and es). */
    LANGUAGE_UNSUPPORTED,
    /** The model's script failed validation. */
    SCRIPT_INVALID,
    /** The language model declined to write the script (e.g. its safety policy refused the product). */
    SCRIPT_REFUSED,
    /** Speech synthesis failed. */
    TTS_FAILED,
    /**
     * No voice of the media worker that took the job speaks its language, or the job's {@code voice} is not one of
     * them (the gateway refuses such jobs at submit; this is a worker configured differently from those it heard
     * of). Another attempt on the same worker cannot help, so it is not retried.
     */
    VOICE_UNAVAILABLE,
    /** Composing or encoding the video failed. */
    RENDER_FAILED,
    /** A stage ran past its time limit. */
    TIMEOUT,
    /**
     * The workers running a stage kept dying (their leases expired) and the watchdog stopped driving it again after
     * {@code reelforge.jobs.max-lost-runs} runs; retrying later, when the workers are healthy, is safe.
     */
    WORKER_LOST,
    /** Anything else; details are in the worker's log under the job id. */
    INTERNAL_ERROR;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
