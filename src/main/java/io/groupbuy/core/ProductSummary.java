package io.groupbuy.core;

/** A search hit: enough to show a card with an "add" button; details are fetched when chosen. */
public record ProductSummary(ProductRef ref, String title, String pictureUrl, long priceFen) {
}
