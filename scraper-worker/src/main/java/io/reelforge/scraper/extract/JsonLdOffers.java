package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The price in a schema.org {@code offers} value: an Offer, an AggregateOffer (its {@code lowPrice}, the "from"
 * price a shopper sees), or an array of them; the amount in {@code price} or in a {@code priceSpecification}
 * (list and strike-through prices skipped). The currency always comes from the same offer as the amount.
 */
final class JsonLdOffers {

    private JsonLdOffers() {
    }

    static Optional<Money> price(@Nullable JsonNode offers) {
        for (JsonNode offer : SchemaNodes.values(offers)) {
            if (!offer.isObject()) {
                continue;
            }
            Optional<Money> money = offerPrice(offer);
            if (money.isPresent()) {
                return money;
            }
        }
        return Optional.empty();
    }

    /** The first availability any offer states. */
    static @Nullable String availability(@Nullable JsonNode offers) {
        for (JsonNode offer : SchemaNodes.values(offers)) {
            if (!offer.isObject()) {
                continue;
            }
            String availability = Availability.normalize(SchemaNodes.text(offer.get("availability")));
            if (availability == null && offer.has("offers")) {
                availability = availability(offer.get("offers"));
            }
            if (availability != null) {
                return availability;
            }
        }
        return null;
    }

    private static Optional<Money> offerPrice(JsonNode offer) {
        String currency = currency(offer);
        Optional<BigDecimal> amount = amount(offer.get("price"));
        if (amount.isEmpty()) {
            amount = amount(offer.get("lowPrice"));
        }
        if (amount.isPresent()) {
            return Optional.of(new Money(amount.get(), currency));
        }
        Optional<Money> specified = specification(offer.get("priceSpecification"));
        if (specified.isPresent()) {
            Money money = specified.get();
            return Optional.of(money.currency() == null ? money.withCurrency(currency) : money);
        }
        // an AggregateOffer may list its offers instead of a low price
        return price(offer.get("offers")).map(m -> m.currency() == null ? m.withCurrency(currency) : m);
    }

    private static Optional<Money> specification(@Nullable JsonNode specifications) {
        for (JsonNode spec : SchemaNodes.values(specifications)) {
            if (!spec.isObject() || isReferencePrice(spec)) {
                continue;
            }
            Optional<BigDecimal> amount = amount(spec.get("price"));
            if (amount.isEmpty()) {
                amount = amount(spec.get("minPrice"));
            }
            if (amount.isPresent()) {
                return Optional.of(new Money(amount.get(), currency(spec)));
            }
        }
        return Optional.empty();
    }

    private static boolean isReferencePrice(JsonNode spec) {
        String type = SchemaNodes.text(spec.get("priceType"));
        if (type == null) {
            return false;
        }
        String name = SchemaNodes.localName(type);
        return name.contains("strikethrough") || name.contains("listprice") || name.contains("msrp")
                || name.contains("srp") || name.contains("wasprice");
    }

    private static @Nullable String currency(JsonNode node) {
        return Currencies.normalize(SchemaNodes.text(node.get("priceCurrency"))).orElse(null);
    }

    private static Optional<BigDecimal> amount(@Nullable JsonNode value) {
        for (JsonNode v : SchemaNodes.values(value)) {
            Optional<BigDecimal> amount = v.isNumber()
                    ? Optional.of(v.decimalValue()).filter(a -> a.signum() > 0)
                    : v.isString() ? PriceParser.parseAmount(v.stringValue()) : Optional.empty();
            if (amount.isPresent()) {
                return amount;
            }
        }
        return Optional.empty();
    }
}
