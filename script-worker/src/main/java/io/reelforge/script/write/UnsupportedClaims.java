package io.reelforge.script.write;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sales claims a script may only make when the page made them first: a model (or a page's own boilerplate) adds
 * discounts, free shipping and awards all too readily, and each is a promise the shop has to keep. Each claim is
 * recognised in the four languages the offline writer speaks, in the script and in the facts alike, so a German
 * page's "versandkostenfrei" supports an English script's "free shipping".
 */
public final class UnsupportedClaims {

    record Claim(String name, Pattern pattern) {
    }

    private static final List<Claim> CLAIMS = List.of(
            claim("a discount or sale", "\\bdiscount|\\bon sale\\b|\\bsale price|\\d+\\s?%\\s?off\\b|percent off|"
                    + "\\bsave \\d|\\bsave up to\\b|\\bcoupon|\\bpromo code|\\brabatt|\\breduziert|\\bsonderangebot|"
                    + "\\bréduction|\\bremise\\b|\\bsoldes\\b|\\bpromo\\b|\\bdescuento|\\brebaja|\\ben oferta\\b"),
            claim("free shipping", "free (?:shipping|delivery)|ships free|kostenlose[rn]? (?:versand|lieferung)|"
                    + "versandkostenfrei|gratisversand|livraison (?:gratuite|offerte)|env[ií]o (?:gratis|gratuito)"),
            claim("an award", "\\baward|prize-winning|preisgekrönt|\\bauszeichnung|\\bprimé|\\brécompens|"
                    + "\\bpremiad[oa]|\\bgalardonad[oa]"),
            claim("a best-seller rank", "best-?sell|bestseller|#\\s?1\\b|\\bnumber one\\b|\\bno\\. ?1\\b|"
                    + "meistverkauft|numéro un|\\bn° ?1\\b|más vendid[oa]|número uno"),
            claim("a guarantee or warranty", "\\bguarantee|\\bwarrant|money-? ?back|\\bgarantie|\\bgarantiert|"
                    + "\\bgarant[ií]a|\\bgarantizad[oa]"),
            claim("a time limit", "limited time|today only|only today|while (?:stocks|supplies) last|nur heute|"
                    + "solange der vorrat|durée limitée|aujourd'hui seulement|solo hoy|por tiempo limitado"));

    private UnsupportedClaims() {
    }

    /** The claims {@code narration} makes that {@code facts} (lower-cased) never made. */
    public static List<String> in(String narration, String facts) {
        String said = narration.toLowerCase(Locale.ROOT);
        return CLAIMS.stream()
                .filter(c -> c.pattern().matcher(said).find() && !c.pattern().matcher(facts).find())
                .map(Claim::name)
                .toList();
    }

    private static Claim claim(String name, String regex) {
        return new Claim(name, Pattern.compile(regex));
    }
}
