package io.reelforge.script.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobWarning;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.script.write.ScriptRules;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.ScriptValidator;
import io.reelforge.script.write.SpokenText;
import io.reelforge.script.write.DurationFit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The offline writer on every product page of the project's corpus, at every length, in every language. */
class CorpusScriptsTest {

    private final TemplateScriptWriter writer = new TemplateScriptWriter();

    static Stream<Arguments> pagesLengthsAndLanguages() {
        return CorpusPages.names().stream().flatMap(page -> Stream.of(15, 30, 60)
                .flatMap(seconds -> Stream.of("en", "de", "fr", "es")
                        .map(language -> Arguments.of(page, seconds, language))));
    }

    @ParameterizedTest(name = "{0} in {1} s, {2}")
    @MethodSource("pagesLengthsAndLanguages")
    void everyCorpusPageGetsAValidScriptWithinItsWordBudget(String page, int seconds, String language) {
        ScriptSubject subject = new ScriptSubject.Product(CorpusPages.product(page));
        JobOptions options = new JobOptions(seconds, language, null);

        VideoScript script = writer.write(subject, options).script();

        assertThat(ScriptValidator.problems(script, ScriptRules.of(subject, options))).isEmpty();
        assertThat(SpokenText.wordCount(script.narration()))
                .isLessThanOrEqualTo(ScriptRules.of(subject, options).wordBudget());
        assertThat(script.language()).isEqualTo(language);
        assertThat(script.scenes()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(script.scenes()).extracting(Scene::narration).allSatisfy(n -> assertThat(n)
                .isEqualTo(SpokenText.clean(n)).doesNotContain("http", "<", "$", "€", "£"));
        assertThat(script.narration()).startsWith(script.hook()).endsWith(script.callToAction());
    }

    static Stream<Arguments> pagesAndLengths() {
        return CorpusPages.names().stream().flatMap(page -> Stream.of(15, 30, 60, 180)
                .map(seconds -> Arguments.of(page, seconds)));
    }

    @ParameterizedTest(name = "{0} in {1} s")
    @MethodSource("pagesAndLengths")
    void everyCorpusScriptFillsItsDurationWithin15PercentOrSaysWhyNot(String page, int seconds) {
        VideoScript script = writer.write(new ScriptSubject.Product(CorpusPages.product(page)),
                new JobOptions(seconds, "en", null)).script();

        if (DurationFit.seconds(script, "en") >= seconds * 0.85) {
            assertThat(script.warnings()).isEmpty();
        } else {
            assertThat(script.warnings()).extracting(JobWarning::code).containsExactly(JobWarning.Code.DURATION_SHORT);
        }
    }
}
