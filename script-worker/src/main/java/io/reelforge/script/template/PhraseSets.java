package io.reelforge.script.template;

import io.reelforge.script.template.PhraseSet.CurrencyWords;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The phrase sets the template writer knows. English for now; other languages fall back to it. */
final class PhraseSets {

    static final PhraseSet ENGLISH = new PhraseSet(
            "en",
            List.of("Meet the {title}.", "Say hello to the {title}.", "Introducing the {title}.",
                    "This is the {title}."),
            List.of("Meet the {title} from {brand}.", "Say hello to the {title} by {brand}.",
                    "Here is the {title}, from {brand}."),
            List.of("All for just {price}.", "It's yours for {price}.", "Get it now for {price}."),
            List.of(new Line("Tap the link to get yours today.", "Get yours today"),
                    new Line("Order yours today.", "Order today"),
                    new Line("Get the {title} today.", "Shop now")),
            "Take a closer look.",
            // each must read well with any noun phrase: "espresso grinder", "running shoes", "coffee"
            List.of("When it comes to {keyword}, a few things matter most.",
                    "Let's talk about {keyword}, and what to look for."),
            List.of(new Line("Start with how you will use it every day, and let that guide your choice.",
                            "Know your needs"),
                    new Line("Compare materials and build quality, not just looks.", "Compare quality"),
                    new Line("Read reviews from people who use it the way you will.", "Read real reviews"),
                    new Line("Check the warranty and the return policy before you buy.", "Check the warranty"),
                    new Line("Set a budget, then pick the best fit within it.", "Set a budget"),
                    new Line("Think about size and storage, so it fits your space.", "Mind the size"),
                    new Line("Look at how easy it is to clean and to care for.", "Easy care"),
                    new Line("Consider how long it will last, not only what it costs today.", "Built to last")),
            List.of(new Line("Find the right {keyword} for you, today.", "Find your fit"),
                    new Line("Take your time, and find the right {keyword} for the way you live.", "Choose well")),
            Map.of(
                    "USD", dollars(), "CAD", dollars(), "AUD", dollars(), "NZD", dollars(), "SGD", dollars(),
                    "EUR", new CurrencyWords("euro", "euros", "cent", "cents", true),
                    "GBP", new CurrencyWords("pound", "pounds", "penny", "pence", true),
                    "JPY", new CurrencyWords("yen", "yen", "", "", false),
                    "INR", new CurrencyWords("rupee", "rupees", "paisa", "paise", true),
                    "CHF", new CurrencyWords("franc", "francs", "centime", "centimes", true)),
            List.of("shipping", "delivery", "return", "refund", "click", "cookie", "copyright", "add to cart",
                    "checkout", "terms", "privacy", "sku", "customer service", "in stock", "out of stock",
                    "subscribe", "sign up", "log in", "disclaimer", "visit", "learn more", "read more",
                    "see more", "for more"));

    private static final Map<String, PhraseSet> BY_LANGUAGE = Map.of(ENGLISH.language(), ENGLISH);

    private PhraseSets() {
    }

    /** The phrases for a language code ("en", "en-GB"); English when the language has no set yet. */
    static PhraseSet forLanguage(String language) {
        String base = language == null ? "en" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return BY_LANGUAGE.getOrDefault(base, ENGLISH);
    }

    private static CurrencyWords dollars() {
        return new CurrencyWords("dollar", "dollars", "cent", "cents", true);
    }
}
