package io.reelforge.gateway.feed;

import io.reelforge.common.product.ProductDetails;
import org.jspecify.annotations.Nullable;

/**
 * One product of a feed, ready to become a job: a page to scrape ({@code url}), product facts to render from
 * ({@code product}), or both. At least one of the two is present.
 *
 * @param position where the item stands in the feed, counting from 1 (items and problems share the count)
 * @param id the feed's own identifier of the product: {@code g:id}, or the CSV's {@code id} or {@code sku}
 * @param url the product page: {@code link} / {@code g:link}, or the CSV's {@code url}
 * @param product present only when the feed gives a title, a price and at least one image: then the item needs no
 *        scraping
 * @param outOfStock whether the feed says the product is out of stock ({@code g:availability} or the CSV's
 *        {@code availability})
 */
public record FeedItem(int position, @Nullable String id, @Nullable String url, @Nullable ProductDetails product,
        boolean outOfStock) {

    public FeedItem {
        if (url == null && product == null) {
            throw new IllegalArgumentException("item " + position + " has neither a url nor a product");
        }
    }
}
