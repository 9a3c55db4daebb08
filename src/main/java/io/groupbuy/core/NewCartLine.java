package io.groupbuy.core;

import java.time.Instant;

/** A cart line about to be stored (the store assigns the id). */
public record NewCartLine(ChatId chat, UserId member, String memberName, SkuRef sku, String title,
                          String skuDescription, String pictureUrl, long unitPriceFen, int quantity,
                          int minQuantity, Instant addedAt) {
}
