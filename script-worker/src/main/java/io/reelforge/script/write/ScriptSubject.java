package io.reelforge.script.write;

import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.product.ProductDetails;
import java.util.Optional;

/** What a script is about: a product with its facts and pictures, or only a keyword. */
public sealed interface ScriptSubject {

    /** " | Store Name" after a product's name in a page title. */
    java.util.regex.Pattern STORE_SUFFIX = java.util.regex.Pattern.compile("\\s+[|]\\s+");

    /** A scraped or client-given product: the script may state its facts and shows its images. */
    record Product(ProductDetails details) implements ScriptSubject {
    }

    /** No product, only a topic: the script stays general and states no specifications or prices. */
    record Keyword(String keyword) implements ScriptSubject {
        public Keyword {
            keyword = keyword.strip();
        }
    }

    /** The subject of a request: its product when it has one, else its keyword, else nothing. */
    static Optional<ScriptSubject> of(ScriptRequest request) {
        if (request.product() != null && request.product().title() != null
                && !request.product().title().isBlank()) {
            return Optional.of(new Product(request.product()));
        }
        if (request.keyword() != null && !request.keyword().isBlank()) {
            return Optional.of(new Keyword(request.keyword()));
        }
        return Optional.empty();
    }

    /** How many images the video can show; scenes point into them. */
    default int imageCount() {
        return switch (this) {
            case Product p -> p.details().images().size();
            case Keyword k -> 0;
        };
    }

    /** The title the script carries: the product's name or the keyword. */
    default String title() {
        return switch (this) {
            case Product p -> SpokenText.clean(STORE_SUFFIX.split(p.details().title(), 2)[0]);
            case Keyword k -> SpokenText.capitalize(SpokenText.clean(k.keyword()));
        };
    }

    /**
     * An image index any writer's scene may carry: wrapped into the images the product has, so a model's index
     * past the end still points at a real picture; 0 when there are none.
     */
    default int imageIndex(int wanted) {
        int count = imageCount();
        return count == 0 ? 0 : Math.floorMod(wanted, count);
    }
}
