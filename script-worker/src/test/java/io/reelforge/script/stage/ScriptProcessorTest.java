package io.reelforge.script.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageContext;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.testing.Products;
import io.reelforge.script.template.TemplateScriptWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptProcessorTest {

    private final ScriptProcessor processor = new ScriptProcessor(new TemplateScriptWriter());
    private final List<Double> progress = new ArrayList<>();
    private final StageContext context = new StageContext() {
        @Override
        public String jobId() {
            return "job-1";
        }

        @Override
        public void progress(double fraction) {
            progress.add(fraction);
        }
    };

    private StageOutcome process(ScriptRequest request) {
        return processor.process(JobMessage.of("job-1", "default", 1, request, Instant.EPOCH), request, context);
    }

    @Test
    void aProductGetsAScriptAboutIt() {
        var outcome = process(new ScriptRequest(Products.aProduct(List.of("a", "b")), null, JobOptions.defaults()));

        assertThat(outcome).isInstanceOfSatisfying(StageOutcome.Scripted.class,
                s -> assertThat(s.script().title()).isEqualTo("Aurora Ceramic Pour-Over Set"));
        assertThat(progress).isNotEmpty();
    }

    @Test
    void aKeywordGetsAScriptAboutIt() {
        var outcome = process(new ScriptRequest(null, "pour-over coffee", JobOptions.defaults()));

        assertThat(outcome).isInstanceOfSatisfying(StageOutcome.Scripted.class,
                s -> assertThat(s.script().narration()).contains("pour-over coffee"));
    }

    @Test
    void nothingToWriteAboutFailsTheJobAtOnce() {
        assertThatThrownBy(() -> process(new ScriptRequest(null, null, JobOptions.defaults())))
                .isInstanceOfSatisfying(PermanentJobFailure.class,
                        f -> assertThat(f.code()).isEqualTo(ErrorCode.SCRIPT_INVALID))
                .hasMessageContaining("nothing to write about");
        assertThat(progress).isEmpty();
    }
}
