package io.reelforge.script.stage;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.script.VideoScript;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageContext;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.stage.StageProcessor;
import io.reelforge.script.write.ScriptRules;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.ScriptWriter;
import io.reelforge.script.write.SpokenText;
import io.reelforge.script.write.WrittenScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The script stage without Kafka: decide what the script is about, have the writer write it. The tokens a model
 * spent go onto the job beside the script (and are logged, and counted by the writer's meters), and so do the
 * writer's warnings (a script shorter than the duration asked for), which the job's results then list.
 */
public class ScriptProcessor implements StageProcessor<ScriptRequest> {

    private static final Logger log = LoggerFactory.getLogger(ScriptProcessor.class);

    private final ScriptWriter writer;

    public ScriptProcessor(ScriptWriter writer) {
        this.writer = writer;
    }

    @Override
    public StageOutcome process(JobMessage message, ScriptRequest request, StageContext context) {
        ScriptSubject subject = ScriptSubject.of(request).orElseThrow(() -> new PermanentJobFailure(
                ErrorCode.SCRIPT_INVALID, "There is nothing to write about: the request has neither product details"
                        + " with a title nor a keyword."));
        context.progress(0.1); // also notices a cancel before the (possibly slow, paid) model call
        WrittenScript written = writer.write(subject, request.options());
        VideoScript script = written.script();
        int budget = ScriptRules.of(subject, request.options()).wordBudget();
        if (written.usage() == null) {
            log.info("wrote a {}-scene {} script of {} words (budget {}) for job {} with the {} writer",
                    script.scenes().size(), script.language(), SpokenText.wordCount(script.narration()), budget,
                    message.jobId(), writer.engine());
        } else {
            var usage = written.usage();
            log.info("wrote a {}-scene {} script of {} words (budget {}) for job {} with the {} writer: {} requests,"
                    + " {} prompt + {} completion = {} tokens", script.scenes().size(), script.language(),
                    SpokenText.wordCount(script.narration()), budget, message.jobId(), writer.engine(),
                    usage.requests(), usage.promptTokens(), usage.completionTokens(), usage.totalTokens());
        }
        script.warnings().forEach(w -> log.info("job {} warning {}: {}", message.jobId(), w.code().code(),
                w.message()));
        return new StageOutcome.Scripted(script, written.usage());
    }
}
