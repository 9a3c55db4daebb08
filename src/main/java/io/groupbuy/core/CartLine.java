package io.groupbuy.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a chat's shared cart: who added which SKU, at what unit price (fen, as seen when added)
 * and how many. {@code version} grows with every change so a stale button can be told apart.
 */
public record CartLine(long id, ChatId chat, UserId member, String memberName, SkuRef sku, String title,
                       String skuDescription, String pictureUrl, long unitPriceFen, int quantity,
                       int minQuantity, Instant addedAt, Instant updatedAt, long version) {
    public CartLine {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(sku, "sku");
        title = title == null ? "" : title;
        skuDescription = skuDescription == null ? "" : skuDescription;
        memberName = memberName == null || memberName.isBlank() ? member.id() : memberName;
    }

    public long subtotalFen() {
        return Math.multiplyExact(unitPriceFen, (long) quantity);
    }

    public Marketplace marketplace() {
        return sku.product().marketplace();
    }

    public CartLine withQuantity(int q, Instant at) {
        return new CartLine(id, chat, member, memberName, sku, title, skuDescription, pictureUrl, unitPriceFen, q,
                minQuantity, addedAt, at, version + 1);
    }
}
