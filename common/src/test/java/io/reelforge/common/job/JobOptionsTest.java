package io.reelforge.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void blankRenderOptionsMeanTheWorkersSettings() {
        JobOptions options = new JobOptions(30, "en", null, null, null, null, " ", null, "");

        assertThat(options.format()).isNull();
        assertThat(options.musicUrl()).isNull();
    }

    @Test
    void theScriptOnlyConstructorLeavesTheRenderToTheWorker() {
        JobOptions options = new JobOptions(15, "de", "calm", "busy parents", "Order now.", 4);

        assertThat(options.format()).isNull();
        assertThat(options.captions()).isNull();
        assertThat(options.musicUrl()).isNull();
    }
}
