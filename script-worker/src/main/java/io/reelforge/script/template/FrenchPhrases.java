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

/** The French phrase set, addressing the viewer as "vous". */
final class FrenchPhrases {

    static final PhraseSet SET = new PhraseSet(
            "fr",
            Map.of(ENERGETIC, List.of("Attention, voici {title}!", "Prêts? Voici {title}!"),
                    PREMIUM, List.of("Découvrez {title}.", "Pour les plus exigeants: {title}."),
                    FRIENDLY, List.of("Voici {title}.", "Faites connaissance avec {title}."),
                    PLAYFUL, List.of("Devinez qui est là? {title}!", "Coup de cœur en vue: {title}!"),
                    INFORMATIVE, List.of("Voici {title}.", "L'essentiel sur {title}.")),
            Map.of(ENERGETIC, List.of("Nouveau chez {brand}: {title}!", "Voici {title} de {brand}!"),
                    PREMIUM, List.of("{title}, par {brand}.", "Découvrez {title} de {brand}."),
                    FRIENDLY, List.of("Voici {title} de {brand}.", "Faites connaissance avec {title}, de {brand}."),
                    PLAYFUL, List.of("Psst, {brand} a une nouveauté: {title}!",
                            "Regardez ce que {brand} a créé: {title}!"),
                    INFORMATIVE, List.of("Voici {title}, de {brand}.", "L'essentiel sur {title} de {brand}.")),
            List.of("Le tout pour seulement {price}.", "À vous pour {price}.", "Disponible pour {price}."),
            Map.of(ENERGETIC, List.of(new Line("Foncez, commandez maintenant!", "Commandez vite"),
                            new Line("Commandez dès aujourd'hui!", "Commandez")),
                    PREMIUM, List.of(new Line("Offrez-vous {title} dès aujourd'hui.", "Offrez-vous l'exception"),
                            new Line("Commandez dès aujourd'hui.", "Commander")),
                    FRIENDLY, List.of(new Line("Commandez dès aujourd'hui.", "Commandez aujourd'hui"),
                            new Line("Faites-vous plaisir avec {title}.", "Faites-vous plaisir")),
                    PLAYFUL, List.of(new Line("Allez, faites-vous plaisir!", "Faites-vous plaisir"),
                            new Line("Un clic, et c'est à vous!", "Un clic")),
                    INFORMATIVE, List.of(new Line("Tous les détails sont sur la page du produit.", "Tous les détails"),
                            new Line("Informez-vous et commandez dès aujourd'hui.", "Commandez"))),
            "Regardez de plus près.",
            List.of("Pour bien choisir {keyword}, quelques points comptent vraiment.",
                    "Parlons de {keyword}, et de ce qu'il faut regarder."),
            List.of(new Line("Pensez d'abord à l'usage de tous les jours, et laissez-le guider votre choix.",
                            "Vos besoins d'abord"),
                    new Line("Comparez les matériaux et la fabrication, pas seulement le look.", "Comparez la qualité"),
                    new Line("Lisez les avis de personnes qui l'utilisent comme vous.", "De vrais avis"),
                    new Line("Vérifiez les conditions de retour avant d'acheter.", "Les conditions"),
                    new Line("Fixez un budget, puis choisissez le meilleur dans ce budget.", "Fixez un budget"),
                    new Line("Pensez à la taille et au rangement, pour que tout trouve sa place.", "La bonne taille"),
                    new Line("Regardez s'il est facile à nettoyer et à entretenir.", "Entretien facile"),
                    new Line("Pensez à sa durée de vie, pas seulement à son prix du jour.", "Fait pour durer")),
            List.of(new Line("Trouvez dès aujourd'hui {keyword} qui vous convient.", "Trouvez le bon"),
                    new Line("Prenez votre temps, et choisissez ce qui convient à votre quotidien.", "Bien choisir")),
            new PriceWords(Map.of(
                    "USD", dollars(), "CAD", dollars(), "AUD", dollars(), "NZD", dollars(), "SGD", dollars(),
                    "EUR", new CurrencyWords("euro", "euros", "centime", "centimes", true),
                    "GBP", new CurrencyWords("livre", "livres", "penny", "pence", true),
                    "JPY", new CurrencyWords("yen", "yens", "", "", false),
                    "INR", new CurrencyWords("roupie", "roupies", "paisa", "paise", true),
                    "CHF", new CurrencyWords("franc", "francs", "centime", "centimes", true)), "", "et"),
            List.of("livraison", "retour", "rembours", "panier", "cliquez", "cookie", "confidentialité", "conditions",
                    "connexion", "inscri", "en savoir plus", "service client", "en stock", "merci de", "veuillez"));

    private FrenchPhrases() {
    }

    private static CurrencyWords dollars() {
        return new CurrencyWords("dollar", "dollars", "cent", "cents", true);
    }
}
