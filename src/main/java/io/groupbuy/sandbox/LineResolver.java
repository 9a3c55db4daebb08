package io.groupbuy.sandbox;

import io.groupbuy.pandapon.wire.AlibabaCargo;
import io.groupbuy.pandapon.wire.TaobaoOrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns requested order lines into catalog items at current prices, with clear refusals. */
final class LineResolver {
    private final SandboxCatalog catalog;

    LineResolver(SandboxCatalog catalog) {
        this.catalog = catalog;
    }

    /** Taobao direct-order lines carry the distribution ids: itemId = mpId, skuId = mpSkuId. */
    List<PricedLine> taobao(List<TaobaoOrderLine> lines) {
        if (lines.isEmpty()) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "orderLineList must not be empty");
        }
        List<PricedLine> priced = new ArrayList<>();
        for (TaobaoOrderLine line : lines) {
            CatalogProduct product = catalog.byMpId(line.itemId());
            CatalogSku sku = product.skus().stream().filter(s -> s.mpSkuId().equals(line.skuId())).findFirst()
                    .orElseThrow(() -> new SandboxError(SandboxError.NOT_FOUND, "item " + line.itemId()
                            + " has no distribution SKU (mpSkuId) " + line.skuId()));
            priced.add(new PricedLine(product, sku, requireQuantity(line.quantity())));
        }
        return priced;
    }

    /** 1688 cargo: offerId or offerMapId, plus the specId. */
    List<PricedLine> alibaba(List<AlibabaCargo> cargo) {
        if (cargo.isEmpty()) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "cargoParamList must not be empty");
        }
        List<PricedLine> priced = new ArrayList<>();
        for (AlibabaCargo c : cargo) {
            String offer = c.offerId() != null ? c.offerId().toString() : c.offerMapId();
            CatalogProduct product = catalog.alibaba(offer);
            CatalogSku sku = product.sku(c.specId()).orElseThrow(() -> new SandboxError(SandboxError.NOT_FOUND,
                    "offer " + product.id() + " has no specId " + c.specId()));
            priced.add(new PricedLine(product, sku, requireQuantity(c.quantity())));
        }
        return priced;
    }

    /** Why a line cannot be ordered as asked (stock, minimum quantity), or empty when it can. */
    static Optional<String> problem(PricedLine line) {
        if (line.sku().stock() < line.quantity()) {
            return Optional.of("only " + line.sku().stock() + " in stock for SKU " + line.sku().skuId()
                    + " of " + line.product().id() + ", asked " + line.quantity());
        }
        if (line.quantity() < line.product().beginAmount()) {
            return Optional.of("item " + line.product().id() + " sells from " + line.product().beginAmount()
                    + " pieces, asked " + line.quantity());
        }
        return Optional.empty();
    }

    static void requireOrderable(List<PricedLine> lines) {
        for (PricedLine line : lines) {
            problem(line).ifPresent(p -> {
                throw new SandboxError(SandboxError.CONFLICT, p);
            });
        }
    }

    private static int requireQuantity(int quantity) {
        if (quantity <= 0 || quantity > 100_000) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "quantity must be 1..100000, got " + quantity);
        }
        return quantity;
    }
}
