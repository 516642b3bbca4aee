package io.reelforge.script.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobWarning;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.SpokenText;
import io.reelforge.script.write.DurationFit;
import io.reelforge.script.write.ScriptRules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateScriptWriterTest {

    private final TemplateScriptWriter writer = new TemplateScriptWriter();

    static Stream<Arguments> subjectsAndDurations() {
        List<ScriptSubject> subjects = List.of(product(TestProducts.aurora()), product(TestProducts.daypack()),
                product(TestProducts.bare()), product(TestProducts.messy()), new ScriptSubject.Keyword("espresso grinder"));
        return subjects.stream().flatMap(s -> Stream.of(15, 30, 60, 180).map(d -> Arguments.of(s, d)));
    }

    private static ScriptSubject product(ProductDetails details) {
        return new ScriptSubject.Product(details);
    }

    private VideoScript write(ScriptSubject subject, int seconds) {
        return writer.write(subject, new JobOptions(seconds, "en", null)).script();
    }

    @ParameterizedTest(name = "{0} in {1} s")
    @MethodSource("subjectsAndDurations")
    void everyScriptHasThreeScenesOrMoreUpToTheLimitOfItsDuration(ScriptSubject subject, int seconds) {
        VideoScript script = write(subject, seconds);

        assertThat(script.scenes()).hasSizeBetween(3, seconds <= 15 ? 4 : seconds <= 30 ? 6 : 8);
        assertThat(script.scenes()).allSatisfy(scene -> {
            assertThat(scene.narration()).isNotBlank().isEqualTo(SpokenText.clean(scene.narration()));
            assertThat(scene.imageIndex()).isBetween(0, Math.max(0, subject.imageCount() - 1));
        });
        assertThat(script.language()).isEqualTo("en");
        assertThat(script.title()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} in {1} s")
    @MethodSource("subjectsAndDurations")
    void theNarrationFitsTheWordBudgetOfTheDuration(ScriptSubject subject, int seconds) {
        int words = SpokenText.wordCount(write(subject, seconds).narration());
        int budget = ScriptRules.of(subject, new JobOptions(seconds, "en", null)).wordBudget();

        assertThat(words).isLessThanOrEqualTo(budget);
    }

    @ParameterizedTest(name = "{0} in {1} s")
    @MethodSource("subjectsAndDurations")
    void everyImageIsShownBeforeAnyIsRepeated(ScriptSubject subject, int seconds) {
        List<Integer> shown = write(subject, seconds).scenes().stream().map(Scene::imageIndex).toList();

        int distinctNeeded = Math.min(Math.max(1, subject.imageCount()), shown.size());
        Set<Integer> firstRun = new HashSet<>(shown.subList(0, distinctNeeded));
        assertThat(firstRun).hasSize(distinctNeeded);
    }

    @Test
    void aRichProductFillsMostOfItsBudget() {
        ScriptSubject daypack = product(TestProducts.daypack());

        assertThat(SpokenText.wordCount(write(daypack, 15).narration())).isGreaterThanOrEqualTo(30);
        assertThat(SpokenText.wordCount(write(daypack, 30).narration())).isGreaterThanOrEqualTo(60);
        assertThat(SpokenText.wordCount(write(daypack, 60).narration())).isGreaterThan(
                SpokenText.wordCount(write(daypack, 30).narration()));
    }

    @Test
    void theHookNamesTheProductAndItsBrandAndOpensTheNarration() {
        VideoScript script = write(product(TestProducts.daypack()), 30);

        assertThat(script.hook()).contains("Trailhead 20L Daypack", "Summit Gear");
        assertThat(script.narration()).startsWith(script.hook());
        assertThat(script.title()).isEqualTo("Trailhead 20L Daypack - Lightweight Hiking Backpack");
    }

    @Test
    void theCallToActionClosesTheNarration() {
        VideoScript script = write(product(TestProducts.aurora()), 30);

        assertThat(script.callToAction()).isNotBlank();
        assertThat(script.narration()).endsWith(script.callToAction());
    }

    @Test
    void aKnownPriceIsSpokenNaturallyAndShownWithItsSymbol() {
        Scene price = write(product(TestProducts.daypack()), 30).scenes().stream()
                .filter(s -> s.narration().contains("dollars")).findFirst().orElseThrow();

        assertThat(price.narration()).contains("19 dollars 99");
        assertThat(price.onScreenText()).isEqualTo("$19.99");
        assertThat(write(product(TestProducts.aurora()), 30).narration()).contains("49 dollars");
    }

    @Test
    void theStoresFeaturesAndStrongestSentencesAreSaidAndItsBoilerplateIsNot() {
        String narration = write(product(TestProducts.daypack()), 60).narration();

        assertThat(narration).contains("The Trailhead 20L is the pack you grab for every day hike and city commute.",
                "Two side mesh pockets.", "Weighing just 620 grams");
        assertThat(narration).doesNotContainIgnoringCase("shipping").doesNotContainIgnoringCase("click");
    }

    @Test
    void markupLinksAndEmojiInTheStoresTextNeverReachTheNarration() {
        VideoScript script = write(product(TestProducts.messy()), 60);

        assertThat(script.narration()).doesNotContain("<", "http", "**", "🔥", "💡", "✨", "!!")
                .contains("Dimmable in 5 steps.", "Touch dimmer.");
    }

    @Test
    void aProductWithNoImagesPriceOrFeaturesStillGetsAnHonestScript() {
        VideoScript script = write(product(TestProducts.bare()), 30);

        assertThat(script.scenes()).hasSize(3).allSatisfy(s -> assertThat(s.imageIndex()).isZero());
        assertThat(script.narration()).contains("Plain Linen Napkin").doesNotContain("dollar").doesNotContainPattern("\\d");
    }

    @Test
    void aKeywordGetsAGeneralScriptWithoutInventedSpecsOrPrices() {
        VideoScript script = write(new ScriptSubject.Keyword("espresso grinder"), 30);

        assertThat(script.title()).isEqualTo("Espresso grinder");
        assertThat(script.narration()).contains("espresso grinder").doesNotContainPattern("\\d")
                .doesNotContain("dollar", "euro");
        assertThat(script.scenes()).allSatisfy(s -> assertThat(s.imageIndex()).isZero());
    }

    @Test
    void theSameRequestAlwaysGetsTheSameScript() {
        ScriptSubject subject = product(TestProducts.daypack());

        assertThat(new TemplateScriptWriter().write(subject, JobOptions.defaults()).script())
                .isEqualTo(write(subject, JobOptions.DEFAULT_DURATION_SECONDS))
                .isEqualTo(write(subject, JobOptions.DEFAULT_DURATION_SECONDS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant-TW", "ja", "pt-BR"})
    void aLanguageWithoutPhrasesIsRefusedRatherThanWrittenInEnglish(String language) {
        assertThatThrownBy(() -> writer.write(product(TestProducts.aurora()), new JobOptions(30, language, null)))
                .isInstanceOfSatisfying(PermanentJobFailure.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.LANGUAGE_UNSUPPORTED);
                    assertThat(e.getMessage()).contains(language, "de, en, es, fr", "OPENAI_API_KEY");
                });
    }

    @ParameterizedTest(name = "{0} in {1} s")
    @MethodSource("subjectsAndDurations")
    void everyScriptFillsItsDurationWithin15PercentOrSaysWhyNot(ScriptSubject subject, int seconds) {
        VideoScript script = write(subject, seconds);
        int words = SpokenText.wordCount(script.narration());

        if (DurationFit.seconds(script, "en") >= seconds * 0.85) {
            assertThat(script.warnings()).isEmpty();
        } else {
            assertThat(script.warnings()).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo(JobWarning.Code.DURATION_SHORT);
                assertThat(w.message()).contains(words + " words", seconds + " s asked for");
            });
        }
    }

    @Test
    void aSentenceTooLongForTheTimeLeftIsSaidUpToAClauseThatFits() {
        // the description's second sentence (18 words) does not fit 20 s beside the first; its first clauses do
        ProductDetails chocolates = new ProductDetails("Assorted Chocolate Gold Gift Box", "Our Gold Gift Box is"
                + " filled with an irresistible assortment of fine Belgian chocolates. Inside you will find luscious"
                + " pralines, velvety ganaches, creamy caramels, and delicious nuts and fruits in milk chocolate.",
                null, new java.math.BigDecimal("51.95"), "USD", null, null, TestProducts.images(2), List.of(), null);

        VideoScript script = write(product(chocolates), 20);

        assertThat(script.narration()).contains("Inside you will find luscious pralines, velvety ganaches, creamy"
                + " caramels.").doesNotContain("delicious nuts");
        assertThat(script.warnings()).isEmpty();
    }
}
