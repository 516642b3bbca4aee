package io.reelforge.scraper.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Twitter card tags: {@code twitter:title} (only when it is about this page), description, image, and the
 * product card's {@code twitter:labelN}/{@code twitter:dataN} pairs, which stores use for the price.
 */
final class TwitterCardExtractor {

    PartialProduct extract(PageContext page) {
        PartialProduct.Builder builder = PartialProduct.builder("twitter");
        String title = page.meta("twitter:title");
        if (title != null && Titles.isAboutThisPage(title, page.documentTitle(), Headings.mainText(page), page)) {
            builder.title(title);
        }
        builder.description(page.meta("twitter:description")).price(price(page).orElse(null));
        OpenGraphExtractor.images(page, List.of("twitter:image", "twitter:image:src"), builder);
        return builder.build();
    }

    /** {@code twitter:data1 = "$25.00"} labelled "Price", or labelled with the currency code. */
    private static Optional<Money> price(PageContext page) {
        for (int i = 1; i <= 4; i++) {
            String label = page.meta("twitter:label" + i);
            String data = page.meta("twitter:data" + i);
            if (label == null || data == null) {
                continue;
            }
            Optional<String> labelCurrency = Currencies.normalize(label);
            if (labelCurrency.isPresent() || label.toLowerCase(Locale.ROOT).contains("price")) {
                Optional<Money> money = PriceParser.parseText(data);
                if (money.isPresent()) {
                    Money m = money.get();
                    return Optional.of(labelCurrency.map(m::withCurrency).orElse(m));
                }
            }
        }
        return Optional.empty();
    }
}
