package io.reelforge.gateway.job;

import java.util.List;

/**
 * A request for a video no running media worker can voice: its language (no voice speaks it) or its voice (no
 * worker has it for that language). Answered {@code 422} naming the field and listing what can be voiced.
 */
public class NotVoicedException extends RuntimeException {

    /** Which of the request's values cannot be voiced. */
    public enum Reason { LANGUAGE, VOICE }

    private final Reason reason;
    private final String field;
    private final String fieldMessage;
    private final String language;
    private final List<String> available;

    /**
     * @param fieldMessage what the field must be, for the problem's {@code errors}
     * @param detail the whole story for a person: what cannot be voiced, what can, and how to voice more
     * @param available the languages voiced now (for {@code LANGUAGE}), or the voices for the language ({@code VOICE})
     */
    public NotVoicedException(Reason reason, String field, String fieldMessage, String detail, String language,
            List<String> available) {
        super(detail);
        this.reason = reason;
        this.field = field;
        this.fieldMessage = fieldMessage;
        this.language = language;
        this.available = List.copyOf(available);
    }

    /** The same refusal for a field inside a larger request ({@code items[3].options.language}). */
    public NotVoicedException under(String prefix) {
        return new NotVoicedException(reason, prefix + field, fieldMessage, getMessage(), language, available);
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public String fieldMessage() {
        return fieldMessage;
    }

    /** The language of the video, as the client asked for it. */
    public String language() {
        return language;
    }

    public List<String> available() {
        return available;
    }
}
