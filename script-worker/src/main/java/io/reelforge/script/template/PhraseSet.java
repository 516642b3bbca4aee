package io.reelforge.script.template;

import java.util.List;
import java.util.Map;

/**
 * Everything the template writer says that is not a product fact, for one language. Placeholders:
 * {@code {title}}, {@code {brand}}, {@code {price}}, {@code {keyword}}. A new language is one more instance in
 * {@link PhraseSets}.
 *
 * @param hooks opening lines for a product
 * @param brandedHooks opening lines that also name the brand
 * @param priceLines how the price is said
 * @param callsToAction closing lines, each with its on-screen text
 * @param closerLook the one content line for a product that has no usable facts
 * @param keywordHooks opening lines for a keyword script
 * @param keywordAdvice general, honest advice about choosing any product: no specs, no prices
 * @param keywordCallsToAction closing lines of a keyword script
 * @param currencies spoken names of currencies by ISO code
 * @param boilerplate lower-case fragments that mark a description sentence as shop boilerplate, not a fact
 */
record PhraseSet(
        String language,
        List<String> hooks,
        List<String> brandedHooks,
        List<String> priceLines,
        List<Line> callsToAction,
        String closerLook,
        List<String> keywordHooks,
        List<Line> keywordAdvice,
        List<Line> keywordCallsToAction,
        Map<String, CurrencyWords> currencies,
        List<String> boilerplate) {

    /** How an amount is said: "1 dollar", "49 dollars", "19 dollars 99", "19 dollars and 5 cents". */
    record CurrencyWords(String one, String many, String minorOne, String minorMany, boolean hasMinorUnit) {
    }

    /** A deterministic choice among variants: the same subject always gets the same words. */
    static <T> T pick(List<T> variants, int seed, int salt) {
        return variants.get(Math.floorMod(seed * 31 + salt, variants.size()));
    }

    static String fill(String template, String placeholder, String value) {
        return template.replace("{" + placeholder + "}", value);
    }
}
