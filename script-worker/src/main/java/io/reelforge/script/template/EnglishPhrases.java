package io.reelforge.script.template;

import static io.reelforge.script.write.Tone.ENERGETIC;
import static io.reelforge.script.write.Tone.FRIENDLY;
import static io.reelforge.script.write.Tone.INFORMATIVE;
import static io.reelforge.script.write.Tone.PLAYFUL;
import static io.reelforge.script.write.Tone.PREMIUM;

import io.reelforge.script.template.PhraseSet.CurrencyWords;
import io.reelforge.script.template.PhraseSet.PriceWords;
import java.util.List;
import java.util.Map;

/** The English phrase set. */
final class EnglishPhrases {

    static final PhraseSet SET = new PhraseSet(
            "en",
            Map.of(ENERGETIC, List.of("Get ready for the {title}!", "Big news: the {title} is here!"),
                    PREMIUM, List.of("Discover the {title}.", "Made for those who notice: the {title}."),
                    FRIENDLY, List.of("Meet the {title}.", "Say hello to the {title}.", "Introducing the {title}."),
                    PLAYFUL, List.of("Guess who just arrived? The {title}!", "Okay, you need to see the {title}."),
                    INFORMATIVE, List.of("This is the {title}.", "Here is what to know about the {title}.")),
            Map.of(ENERGETIC, List.of("{brand} just dropped the {title}!", "Here it is: the {title} from {brand}!"),
                    PREMIUM, List.of("The {title}, by {brand}.", "Discover the {title} from {brand}."),
                    FRIENDLY, List.of("Meet the {title} from {brand}.", "Say hello to the {title} by {brand}.",
                            "Here is the {title}, from {brand}."),
                    PLAYFUL, List.of("Psst, {brand} made the {title}!", "Look what {brand} made: the {title}!"),
                    INFORMATIVE, List.of("This is the {title} from {brand}.", "Here is the {title}, made by {brand}.")),
            List.of("All for just {price}.", "It's yours for {price}.", "Get it now for {price}."),
            Map.of(ENERGETIC, List.of(new Line("Grab yours today!", "Grab yours"),
                            new Line("Don't wait, get the {title} now!", "Get it now")),
                    PREMIUM, List.of(new Line("Make it yours today.", "Make it yours"),
                            new Line("Discover the {title} today.", "Discover more")),
                    FRIENDLY, List.of(new Line("Tap the link to get yours today.", "Get yours today"),
                            new Line("Order yours today.", "Order today"),
                            new Line("Get the {title} today.", "Shop now")),
                    PLAYFUL, List.of(new Line("Go on, treat yourself!", "Treat yourself"),
                            new Line("Tap the link and make it yours!", "Tap to shop")),
                    INFORMATIVE, List.of(new Line("See every detail on the product page.", "See the details"),
                            new Line("Learn more and order today.", "Order today"))),
            "Take a closer look.",
            // each must read well with any noun phrase: "espresso grinder", "running shoes", "coffee"
            List.of("When it comes to {keyword}, a few things matter most.",
                    "Let's talk about {keyword}, and what to look for."),
            List.of(new Line("Start with how you will use it every day, and let that guide your choice.",
                            "Know your needs"),
                    new Line("Compare materials and build quality, not just looks.", "Compare quality"),
                    new Line("Read reviews from people who use it the way you will.", "Read real reviews"),
                    new Line("Check how returns work before you buy.", "Know the terms"),
                    new Line("Set a budget, then pick the best fit within it.", "Set a budget"),
                    new Line("Think about size and storage, so it fits your space.", "Mind the size"),
                    new Line("Look at how easy it is to clean and to care for.", "Easy care"),
                    new Line("Consider how long it will last, not only what it costs today.", "Built to last")),
            List.of(new Line("Find the right {keyword} for you, today.", "Find your fit"),
                    new Line("Take your time, and find the right {keyword} for the way you live.", "Choose well")),
            new PriceWords(Map.of(
                    "USD", dollars(), "CAD", dollars(), "AUD", dollars(), "NZD", dollars(), "SGD", dollars(),
                    "EUR", new CurrencyWords("euro", "euros", "cent", "cents", true),
                    "GBP", new CurrencyWords("pound", "pounds", "penny", "pence", true),
                    "JPY", new CurrencyWords("yen", "yen", "", "", false),
                    "INR", new CurrencyWords("rupee", "rupees", "paisa", "paise", true),
                    "CHF", new CurrencyWords("franc", "francs", "centime", "centimes", true)), "", "and"),
            List.of("shipping", "delivery", "return", "refund", "click", "cookie", "copyright", "add to cart",
                    "checkout", "terms", "privacy", "sku", "customer service", "in stock", "out of stock",
                    "subscribe", "sign up", "log in", "disclaimer", "visit", "learn more", "read more",
                    "see more", "for more", "please", "follow us", "instagram", "facebook", "email", "reserves the right"));

    private EnglishPhrases() {
    }

    private static CurrencyWords dollars() {
        return new CurrencyWords("dollar", "dollars", "cent", "cents", true);
    }
}
