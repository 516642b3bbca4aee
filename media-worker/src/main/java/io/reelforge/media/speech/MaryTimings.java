package io.reelforge.media.speech;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads when each token was spoken from the MaryXML document MaryTTS synthesised (its {@code ACOUSTPARAMS}, to which
 * synthesis writes the realised durations). The audio is every phone ({@code <ph d="ms">}) and every pause
 * ({@code <boundary duration="ms">}) one after another, so times are their durations summed in document order. (The
 * phones' own {@code end} attributes leave the pauses out and restart with each sentence, so they are not used.) A
 * token MaryTTS expanded ({@code <mtu orig="$49.99">} around the words it says for it) counts as one token with the
 * original text, so it can be found in the script.
 */
final class MaryTimings {

    private final List<WordAlignment.Token> tokens = new ArrayList<>();
    private double clock;

    private MaryTimings() {
    }

    static List<WordAlignment.Token> tokens(Element root) {
        MaryTimings reader = new MaryTimings();
        reader.walk(root);
        return reader.tokens;
    }

    private void walk(Element element) {
        switch (name(element)) {
            case "ph" -> clock += milliseconds(element, "d");
            case "boundary" -> clock += milliseconds(element, "duration");
            case "mtu" -> timed(element, element.getAttribute("orig"));
            case "t" -> timed(element, ownText(element));
            default -> children(element);
        }
    }

    /** A token (or an expanded one) from its first phone to its last; nested tokens are part of it. */
    private void timed(Element element, String text) {
        double start = clock;
        int before = tokens.size();
        children(element);
        tokens.subList(before, tokens.size()).clear();
        tokens.add(new WordAlignment.Token(text, start, clock));
    }

    private void children(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e);
            }
        }
    }

    private static double milliseconds(Element element, String attribute) {
        String value = element.getAttribute(attribute).strip();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(0, Double.parseDouble(value) / 1000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString().strip();
    }

    private static String name(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
    }
}
