package io.reelforge.script.openai;

import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIRetryableException;
import com.openai.errors.OpenAIServiceException;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.TransientJobFailure;
import java.util.List;

/**
 * Turns the client's exceptions and the model's unusable answers into job failures a person can act on. Messages
 * name the HTTP status and the API's error code only: a server's error text can quote the key (OpenAI's 401 does,
 * partly masked), so it never reaches a job record, and the client's exception is kept as a cause only for
 * network errors, which carry none.
 */
final class OpenAiFailures {

    private OpenAiFailures() {
    }

    static RuntimeException translate(OpenAIException e) {
        return switch (e) {
            case OpenAIServiceException s -> fromStatus(s);
            case OpenAIIoException io -> new TransientJobFailure(ErrorCode.LLM_UNAVAILABLE,
                    "The language model could not be reached (" + io.getClass().getSimpleName() + ": network error or"
                            + " timeout).", io);
            case OpenAIRetryableException r -> new TransientJobFailure(ErrorCode.LLM_UNAVAILABLE,
                    "The language model could not be reached; it will be tried again.");
            default -> new TransientJobFailure(ErrorCode.LLM_UNAVAILABLE,
                    "The language model call failed (" + e.getClass().getSimpleName() + ").");
        };
    }

    static PermanentJobFailure refused() {
        return new PermanentJobFailure(ErrorCode.SCRIPT_REFUSED, "The language model declined to write this script"
                + " (a refusal or its content filter). Try other product details, or the offline writer"
                + " (reelforge.script.engine=template).");
    }

    static PermanentJobFailure stillInvalid(List<String> problems) {
        return new PermanentJobFailure(ErrorCode.SCRIPT_INVALID, "The language model's script was still invalid"
                + " after one repair: " + String.join(" ", problems));
    }

    private static RuntimeException fromStatus(OpenAIServiceException e) {
        int status = e.statusCode();
        String detail = "HTTP " + status + e.code().map(c -> ", " + safe(c)).orElse("");
        if (status == 401 || status == 403) {
            return new PermanentJobFailure(ErrorCode.LLM_AUTH_FAILED, "The language model refused the API key: check"
                    + " OPENAI_API_KEY (and OPENAI_BASE_URL when using another provider) (" + detail + ").");
        }
        if (status == 429 && e.code().filter("insufficient_quota"::equals).isPresent()) {
            return new PermanentJobFailure(ErrorCode.LLM_UNAVAILABLE, "The language model account has no quota left:"
                    + " check the plan and billing of the OPENAI_API_KEY account (" + detail + ").");
        }
        if (status == 408 || status == 409 || status == 429 || status >= 500) {
            return new TransientJobFailure(ErrorCode.LLM_UNAVAILABLE, "The language model is "
                    + (status == 429 ? "rate limiting requests" : "unavailable") + " (" + detail + ").");
        }
        // 400, 404, 422: the request itself is wrong (an unknown model, a wrong base URL); retrying cannot help
        return new PermanentJobFailure(ErrorCode.LLM_UNAVAILABLE, "The language model rejected the request: check"
                + " reelforge.script.openai.model and OPENAI_BASE_URL (" + detail + ").");
    }

    /** An error code from the server is shown only when it looks like one ("rate_limit_exceeded"). */
    private static String safe(String code) {
        return code.matches("[a-z_]{1,40}") ? code : "error";
    }
}
