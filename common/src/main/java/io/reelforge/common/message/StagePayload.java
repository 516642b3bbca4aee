package io.reelforge.common.message;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.reelforge.common.job.JobStatus;

/** The work a stage message asks for: one shape per stage topic. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScrapeRequest.class, name = "scrape"),
        @JsonSubTypes.Type(value = ScriptRequest.class, name = "script"),
        @JsonSubTypes.Type(value = RenderRequest.class, name = "render")})
public sealed interface StagePayload permits ScrapeRequest, ScriptRequest, RenderRequest {

    /** The stage that does this work. */
    JobStatus stage();

    /** The topic this payload travels on. */
    default String topic() {
        return switch (this) {
            case ScrapeRequest r -> Topics.SCRAPE_REQUESTS;
            case ScriptRequest r -> Topics.SCRIPT_REQUESTS;
            case RenderRequest r -> Topics.RENDER_REQUESTS;
        };
    }
}
