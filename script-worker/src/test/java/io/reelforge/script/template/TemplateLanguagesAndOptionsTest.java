package io.reelforge.script.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.script.write.ScriptRules;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.ScriptValidator;
import io.reelforge.script.write.SpokenText;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline writer in German, French and Spanish, in each tone, and with the client's options. */
class TemplateLanguagesAndOptionsTest {

    private static final ScriptSubject DAYPACK = new ScriptSubject.Product(TestProducts.daypack());
    private static final ScriptSubject MESSY = new ScriptSubject.Product(TestProducts.messy());

    private final TemplateScriptWriter writer = new TemplateScriptWriter();

    private VideoScript write(ScriptSubject subject, JobOptions options) {
        return writer.write(subject, options).script();
    }

    @ParameterizedTest
    @CsvSource({
            "de, Summit Gear, 19 Dollar 99, 89 Euro 50",
            "fr, Summit Gear, 19 dollars 99, 89 euros 50",
            "es, Summit Gear, 19 dólares con 99, 89 euros con 50"})
    void eachLanguageHasItsOwnPhrasesAndSaysPricesItsOwnWay(String language, String brand, String dollars,
            String euros) {
        VideoScript daypack = write(DAYPACK, new JobOptions(30, language, null));
        VideoScript lamp = write(MESSY, new JobOptions(30, language, null));

        assertThat(daypack.language()).isEqualTo(language);
        assertThat(daypack.hook()).contains(brand).doesNotContain("Meet", "Say hello", "Introducing");
        assertThat(daypack.narration()).contains(dollars).doesNotContain("$");
        assertThat(lamp.narration()).contains(euros);
        assertThat(EnglishPhrases.SET.callsToAction().values().stream().flatMap(List::stream)
                .map(Line::spoken)).doesNotContain(daypack.callToAction());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void aKeywordGetsAnHonestGeneralScriptInEachLanguage(String language) {
        for (int seconds : new int[] {15, 30, 60}) {
            ScriptSubject keyword = new ScriptSubject.Keyword("espresso grinder");
            JobOptions options = new JobOptions(seconds, language, null);

            VideoScript script = write(keyword, options);

            assertThat(script.narration()).contains("espresso grinder").doesNotContainPattern("\\d");
            assertThat(ScriptValidator.problems(script, ScriptRules.of(keyword, options))).isEmpty();
            assertThat(SpokenText.wordCount(script.narration())).isLessThanOrEqualTo(
                    ScriptRules.of(keyword, options).wordBudget());
        }
    }

    @Test
    void aRegionalTagKeepsItsRegionAndUsesItsLanguagesPhrases() {
        VideoScript script = write(DAYPACK, new JobOptions(30, "de-AT", null));

        assertThat(script.language()).isEqualTo("de-AT");
        assertThat(script.narration()).contains("Dollar 99");
    }

    @Test
    void eachToneOpensDifferently() {
        Set<String> hooks = Stream.of("energetic", "premium", "friendly", "playful", "informative")
                .map(tone -> write(DAYPACK, new JobOptions(30, "en", tone)).hook()).collect(Collectors.toSet());

        assertThat(hooks).hasSize(5);
    }

    @Test
    void aFreeTextToneIsReadForItsMeaning() {
        assertThat(write(DAYPACK, new JobOptions(30, "en", "Luxurious, understated")).hook())
                .isEqualTo(write(DAYPACK, new JobOptions(30, "en", "premium")).hook());
    }

    @Test
    void differentProductsGetDifferentVariantsOfTheSameTone() {
        Set<String> hooks = Stream.of(TestProducts.aurora(), TestProducts.bare(), TestProducts.daypack(),
                        TestProducts.messy())
                .map(p -> write(new ScriptSubject.Product(p), JobOptions.defaults()).hook().split(" ")[0])
                .collect(Collectors.toSet());

        assertThat(hooks).hasSizeGreaterThan(1);
    }

    @Test
    void theClientsCallToActionClosesTheScript() {
        VideoScript script = write(DAYPACK, new JobOptions(30, "en", null, null, "visit our store on Main Street",
                null));

        assertThat(script.callToAction()).isEqualTo("Visit our store on Main Street.");
        assertThat(script.narration()).endsWith("Visit our store on Main Street.");
        assertThat(script.scenes().getLast().emphasis()).isEqualTo("call_to_action");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void theScriptKeepsToTheClientsSceneLimit(int maxScenes) {
        JobOptions options = new JobOptions(60, "en", null, null, null, maxScenes);

        VideoScript script = write(DAYPACK, options);

        assertThat(script.scenes()).hasSize(maxScenes);
        assertThat(script.narration()).startsWith(script.hook()).endsWith(script.callToAction());
        assertThat(ScriptValidator.problems(script, ScriptRules.of(DAYPACK, options))).isEmpty();
    }

    @Test
    void scenesStressWhatTheySay() {
        VideoScript script = write(DAYPACK, new JobOptions(30, "en", null));

        assertThat(script.scenes()).extracting(Scene::emphasis).startsWith("product").endsWith("price",
                "call_to_action").contains("feature");
    }
}
