package io.groupbuy.pandapon.wire;

/** Body of 1688 cart add [inferred]: the offer (numeric or mapped id), its {@code specId}, and a quantity. */
public record AlibabaCartAddRequest(Long offerId, String offerMapId, String specId, int quantity) {
}
