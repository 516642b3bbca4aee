package io.reelforge.common.message;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.reelforge.common.job.JobStatus;

/** The work a stage message asks for: one shape per stage (its topics are the pipeline's to say). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScrapeRequest.class, name = "scrape"),
        @JsonSubTypes.Type(value = ScriptRequest.class, name = "script"),
        @JsonSubTypes.Type(value = RenderRequest.class, name = "render")})
public sealed interface StagePayload permits ScrapeRequest, ScriptRequest, RenderRequest {

    /** The stage that does this work. */
    JobStatus stage();

}
