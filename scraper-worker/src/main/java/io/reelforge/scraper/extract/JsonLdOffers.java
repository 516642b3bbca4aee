package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Every price the offers state: each offer's price, and an AggregateOffer's {@code lowPrice} and
     * {@code highPrice}; in the currency stated with each.
     */
    static List<Money> allPrices(@Nullable JsonNode offers) {
        List<Money> prices = new ArrayList<>();
        for (JsonNode offer : SchemaNodes.values(offers)) {
            if (!offer.isObject()) {
                continue;
            }
            String currency = currency(offer);
            for (String key : List.of("price", "lowPrice", "highPrice")) {
                amount(offer.get(key)).ifPresent(amount -> prices.add(new Money(amount, currency)));
            }
            specification(offer.get("priceSpecification"))
                    .ifPresent(m -> prices.add(m.currency() == null ? m.withCurrency(currency) : m));
            for (Money nested : allPrices(offer.get("offers"))) {
                prices.add(nested.currency() == null ? nested.withCurrency(currency) : nested);
            }
        }
        return prices;
    }

    /** The lowest and the highest of prices in one currency; empty when they are all the same or mixed. */
    static Optional<List<Money>> range(List<Money> prices) {
        if (prices.isEmpty() || prices.stream().map(Money::currency).distinct().count() > 1) {
            return Optional.empty();
        }
        Money low = prices.stream().min(java.util.Comparator.comparing(Money::amount)).orElseThrow();
        Money high = prices.stream().max(java.util.Comparator.comparing(Money::amount)).orElseThrow();
        return low.amount().compareTo(high.amount()) < 0 ? Optional.of(List.of(low, high)) : Optional.empty();
    }

    /** A list or strike-through price an offer states beside the price to pay, if any. */
    static Optional<Money> referencePrice(@Nullable JsonNode offers) {
        for (JsonNode offer : SchemaNodes.values(offers)) {
            if (!offer.isObject()) {
                continue;
            }
            for (JsonNode spec : SchemaNodes.values(offer.get("priceSpecification"))) {
                if (spec.isObject() && isReferencePrice(spec)) {
                    Optional<BigDecimal> amount = amount(spec.get("price"));
                    if (amount.isPresent()) {
                        String currency = currency(spec);
                        return Optional.of(new Money(amount.get(), currency != null ? currency : currency(offer)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The product's stock state: the first offer's that can be bought, else the first stated. One variant sold out
     * (a size, a colour) does not make the product so.
     */
    static @Nullable String availability(@Nullable JsonNode offers) {
        String first = null;
        for (JsonNode offer : SchemaNodes.values(offers)) {
            if (!offer.isObject()) {
                continue;
            }
            String availability = Availability.normalize(SchemaNodes.text(offer.get("availability")));
            if (availability == null && offer.has("offers")) {
                availability = availability(offer.get("offers"));
            }
            if (availability != null && !Availability.isOut(availability)) {
                return availability;
            }
            first = first != null ? first : availability;
        }
        return first;
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
                    ? SchemaNodes.decimal(v).filter(a -> a.signum() > 0)
                    : v.isString() ? PriceParser.parseAmount(v.stringValue()) : Optional.empty();
            if (amount.isPresent()) {
                return amount;
            }
        }
        return Optional.empty();
    }
}
