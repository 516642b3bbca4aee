package io.reelforge.script.template;

import io.reelforge.script.write.Tone;
import java.util.List;
import java.util.Map;

/**
 * Everything the template writer says that is not a product fact, for one language. Placeholders:
 * {@code {title}}, {@code {brand}}, {@code {price}}, {@code {keyword}}. Phrases never put an article or a pronoun
 * in front of a product's name, so they read right whatever its gender in German, French or Spanish. A new
 * language is one more instance in {@link PhraseSets}.
 *
 * @param hooks opening lines for a product, by tone
 * @param brandedHooks opening lines that also name the brand, by tone
 * @param priceLines how the price is said
 * @param callsToAction closing lines, each with its on-screen text, by tone
 * @param closerLook the one content line for a product that has no usable facts
 * @param keywordHooks opening lines for a keyword script
 * @param keywordAdvice general, honest advice about choosing any product: no specs, prices or claims
 * @param keywordCallsToAction closing lines of a keyword script
 * @param price how amounts are said in this language
 * @param boilerplate lower-case fragments that mark a description sentence as shop boilerplate, not a fact
 */
record PhraseSet(
        String language,
        Map<Tone, List<String>> hooks,
        Map<Tone, List<String>> brandedHooks,
        List<String> priceLines,
        Map<Tone, List<Line>> callsToAction,
        String closerLook,
        List<String> keywordHooks,
        List<Line> keywordAdvice,
        List<Line> keywordCallsToAction,
        PriceWords price,
        List<String> boilerplate) {

    /**
     * How an amount is said: "19 dollars 99" and "19 dollars and 5 cents" in English, "19 euros con 99" in Spanish.
     *
     * @param currencies spoken names of currencies by ISO code
     * @param beforeCents the word between the major amount and two-digit cents ("" or "con")
     * @param beforeFewCents the word before a single-digit minor amount ("and", "und", "et", "con")
     */
    record PriceWords(Map<String, CurrencyWords> currencies, String beforeCents, String beforeFewCents) {
    }

    /** How one currency is said: "1 dollar", "49 dollars", "5 cents". */
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
