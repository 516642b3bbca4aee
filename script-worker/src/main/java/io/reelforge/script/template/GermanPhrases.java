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

/** The German phrase set: "du" as most shops speak to their customers, "Sie" in the premium tone. */
final class GermanPhrases {

    static final PhraseSet SET = new PhraseSet(
            "de",
            Map.of(ENERGETIC, List.of("Aufgepasst: {title} ist da!", "Bereit? Hier kommt {title}!"),
                    PREMIUM, List.of("Entdecken Sie {title}.", "Für höchste Ansprüche: {title}."),
                    FRIENDLY, List.of("Darf ich vorstellen: {title}.", "Schau mal: {title}."),
                    PLAYFUL, List.of("Rate mal, wer da ist? {title}!", "Achtung, Lieblingsstück: {title}!"),
                    INFORMATIVE, List.of("Das ist {title}.", "Alles Wichtige zu {title}.")),
            Map.of(ENERGETIC, List.of("Neu von {brand}: {title}!", "Aufgepasst: {title} von {brand}!"),
                    PREMIUM, List.of("{title}, von {brand}.", "Entdecken Sie {title} von {brand}."),
                    FRIENDLY, List.of("Darf ich vorstellen: {title} von {brand}.", "Schau mal: {title} von {brand}."),
                    PLAYFUL, List.of("Psst, {brand} hat was Neues: {title}!", "Schau, was {brand} gemacht hat: {title}!"),
                    INFORMATIVE, List.of("Das ist {title} von {brand}.", "Alles Wichtige zu {title} von {brand}.")),
            List.of("Das alles für nur {price}.", "Zu haben für {price}.", "Erhältlich für {price}."),
            Map.of(ENERGETIC, List.of(new Line("Jetzt zugreifen!", "Jetzt zugreifen"),
                            new Line("Gleich bestellen und loslegen!", "Jetzt bestellen")),
                    PREMIUM, List.of(new Line("Bestellen Sie noch heute.", "Jetzt bestellen"),
                            new Line("Entdecken Sie {title} jetzt.", "Jetzt entdecken")),
                    FRIENDLY, List.of(new Line("Bestell noch heute.", "Heute bestellen"),
                            new Line("Hol dir {title} noch heute.", "Jetzt shoppen")),
                    PLAYFUL, List.of(new Line("Na los, gönn dir was!", "Gönn dir was"),
                            new Line("Tippen, bestellen, freuen!", "Jetzt tippen")),
                    INFORMATIVE, List.of(new Line("Alle Details stehen auf der Produktseite.", "Alle Details"),
                            new Line("Mehr erfahren und bestellen.", "Mehr erfahren"))),
            "Schau genauer hin.",
            List.of("Bei {keyword} kommt es auf ein paar Dinge an.",
                    "Reden wir über {keyword}, und worauf du achten solltest."),
            List.of(new Line("Überleg zuerst, wie du es jeden Tag nutzen wirst, und lass dich davon leiten.",
                            "Bedarf kennen"),
                    new Line("Vergleiche Material und Verarbeitung, nicht nur das Aussehen.", "Qualität vergleichen"),
                    new Line("Lies Bewertungen von Leuten, die es so nutzen wie du.", "Echte Bewertungen"),
                    new Line("Prüfe vor dem Kauf, wie die Rückgabe funktioniert.", "Bedingungen kennen"),
                    new Line("Setz dir ein Budget und wähle darin das Beste.", "Budget setzen"),
                    new Line("Denk an Größe und Stauraum, damit es zu dir passt.", "Auf die Größe achten"),
                    new Line("Achte darauf, wie leicht es sich reinigen und pflegen lässt.", "Leichte Pflege"),
                    new Line("Frag dich, wie lange es hält, nicht nur, was es heute kostet.", "Langlebig")),
            List.of(new Line("Finde noch heute das passende {keyword} für dich.", "Das Passende finden"),
                    new Line("Nimm dir Zeit und finde, was zu deinem Alltag passt.", "Gut wählen")),
            new PriceWords(Map.of(
                    "USD", dollar(), "CAD", dollar(), "AUD", dollar(), "NZD", dollar(), "SGD", dollar(),
                    "EUR", new CurrencyWords("Euro", "Euro", "Cent", "Cent", true),
                    "GBP", new CurrencyWords("Pfund", "Pfund", "Penny", "Pence", true),
                    "JPY", new CurrencyWords("Yen", "Yen", "", "", false),
                    "INR", new CurrencyWords("Rupie", "Rupien", "Paisa", "Paise", true),
                    "CHF", new CurrencyWords("Franken", "Franken", "Rappen", "Rappen", true)), "", "und"),
            List.of("versand", "lieferung", "rückgabe", "widerruf", "warenkorb", "klicken", "cookie", "datenschutz",
                    "agb", "impressum", "newsletter", "anmelden", "mehr erfahren", "kundenservice", "auf lager",
                    "bitte"));

    private GermanPhrases() {
    }

    private static CurrencyWords dollar() {
        return new CurrencyWords("Dollar", "Dollar", "Cent", "Cent", true);
    }
}
