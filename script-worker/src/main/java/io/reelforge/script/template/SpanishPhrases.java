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

/** The Spanish phrase set: "tú" as most shops speak, "usted" in the premium and informative tones. */
final class SpanishPhrases {

    static final PhraseSet SET = new PhraseSet(
            "es",
            Map.of(ENERGETIC, List.of("¡Atención, llega {title}!", "¿Listos? ¡Aquí está {title}!"),
                    PREMIUM, List.of("Descubra {title}.", "Para los más exigentes: {title}."),
                    FRIENDLY, List.of("Te presentamos {title}.", "Mira esto: {title}."),
                    PLAYFUL, List.of("¿Adivina quién llegó? ¡{title}!", "Ojo, que te va a encantar: {title}."),
                    INFORMATIVE, List.of("Le presentamos {title}.", "Lo esencial sobre {title}.")),
            Map.of(ENERGETIC, List.of("¡Novedad de {brand}: {title}!", "¡Aquí está {title} de {brand}!"),
                    PREMIUM, List.of("{title}, de {brand}.", "Descubra {title} de {brand}."),
                    FRIENDLY, List.of("Te presentamos {title} de {brand}.", "Mira esto: {title} de {brand}."),
                    PLAYFUL, List.of("Psst, {brand} tiene algo nuevo: {title}.", "Mira lo que hizo {brand}: {title}."),
                    INFORMATIVE, List.of("Le presentamos {title}, de {brand}.", "Lo esencial sobre {title} de {brand}.")),
            List.of("Todo por solo {price}.", "Tuyo por {price}.", "Disponible por {price}."),
            Map.of(ENERGETIC, List.of(new Line("¡Haz tu pedido ya!", "Pide ya"),
                            new Line("¡No esperes más, compra hoy!", "Compra hoy")),
                    PREMIUM, List.of(new Line("Haga su pedido hoy.", "Haga su pedido"),
                            new Line("Descubra {title} hoy mismo.", "Descúbralo hoy")),
                    FRIENDLY, List.of(new Line("Haz tu pedido hoy.", "Pide hoy"),
                            new Line("Consigue {title} hoy.", "Compra hoy")),
                    PLAYFUL, List.of(new Line("¡Venga, date un capricho!", "Date un capricho"),
                            new Line("¡Un toque y es tuyo!", "Toca y compra")),
                    INFORMATIVE, List.of(new Line("Encuentre todos los detalles en la página del producto.",
                                    "Todos los detalles"),
                            new Line("Infórmese y haga su pedido hoy.", "Haga su pedido"))),
            "Míralo de cerca.",
            List.of("Cuando se trata de {keyword}, hay cosas que importan de verdad.",
                    "Hablemos de {keyword}, y de qué mirar antes de elegir."),
            List.of(new Line("Piensa primero en cómo lo usarás cada día, y deja que eso guíe tu elección.",
                            "Conoce tus necesidades"),
                    new Line("Compara materiales y acabados, no solo el aspecto.", "Compara la calidad"),
                    new Line("Lee opiniones de personas que lo usan como tú.", "Opiniones reales"),
                    new Line("Revisa las condiciones de devolución antes de comprar.", "Conoce las condiciones"),
                    new Line("Fija un presupuesto y elige lo mejor dentro de él.", "Fija un presupuesto"),
                    new Line("Piensa en el tamaño y el espacio, para que encaje en tu casa.", "Cuida el tamaño"),
                    new Line("Mira lo fácil que es de limpiar y de cuidar.", "Fácil de cuidar"),
                    new Line("Piensa en cuánto durará, no solo en lo que cuesta hoy.", "Hecho para durar")),
            List.of(new Line("Encuentra hoy la mejor opción de {keyword} para ti.", "Encuentra la tuya"),
                    new Line("Tómate tu tiempo, y elige lo que encaja con tu día a día.", "Elige bien")),
            new PriceWords(Map.of(
                    "USD", dollars(), "CAD", dollars(), "AUD", dollars(), "NZD", dollars(), "SGD", dollars(),
                    "EUR", new CurrencyWords("euro", "euros", "céntimo", "céntimos", true),
                    "GBP", new CurrencyWords("libra", "libras", "penique", "peniques", true),
                    "JPY", new CurrencyWords("yen", "yenes", "", "", false),
                    "INR", new CurrencyWords("rupia", "rupias", "paisa", "paise", true),
                    "CHF", new CurrencyWords("franco", "francos", "céntimo", "céntimos", true)), "con", "con"),
            List.of("envío", "devoluci", "reembolso", "carrito", "haz clic", "cookie", "privacidad", "términos",
                    "iniciar sesión", "suscríb", "más información", "atención al cliente", "en stock", "por favor"));

    private SpanishPhrases() {
    }

    private static CurrencyWords dollars() {
        return new CurrencyWords("dólar", "dólares", "centavo", "centavos", true);
    }
}
