package io.reelforge.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RenderChoiceOptionsTest {

    @Test
    void makeTakesEveryVideoOptionByItsFlag() {
        MakeCommand make = new MakeCommand();
        new CommandLine(make).parseArgs("https://shop.example/p/1", "--language", "de", "--tone", "calm", "--voice",
                "onyx", "--narration", "none", "--caption-style", "plain", "--format", "1:1", "--no-captions",
                "--music-url", "https://cdn.example/song.mp3");

        assertThat(make.options.choices()).isEqualTo(new RenderChoices("de", "calm", "onyx", "none", "plain", "1:1",
                false, "https://cdn.example/song.mp3"));
    }

    @Test
    void batchTakesTheSameFlags() {
        BatchCommand batch = new BatchCommand();
        new CommandLine(batch).parseArgs("catalog.csv", "--narration", "none", "--caption-style", "highlight");

        assertThat(batch.options.choices()).isEqualTo(new RenderChoices(null, null, null, "none", "highlight", null,
                null, null));
    }

    @Test
    void flagsLeftOutAreLeftToTheGatewayAndWorkers() {
        MakeCommand make = new MakeCommand();
        new CommandLine(make).parseArgs("https://shop.example/p/1");

        assertThat(make.options.choices()).isEqualTo(RenderChoices.NONE);
    }
}
