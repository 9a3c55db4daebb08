package io.groupbuy.sandbox;

import io.groupbuy.pandapon.wire.AlibabaProduct;
import io.groupbuy.pandapon.wire.AlibabaSearchItem;
import io.groupbuy.pandapon.wire.AlibabaSku;
import io.groupbuy.pandapon.wire.TaobaoProduct;
import io.groupbuy.pandapon.wire.TaobaoSearchItem;
import io.groupbuy.pandapon.wire.TaobaoSku;
import io.groupbuy.pandapon.wire.TaobaoSkuProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Catalog items rendered as the wire DTOs PandaPon sends; picture links point at the sandbox itself. */
final class ProductViews {
    private static final String COLOUR_PROP_ID = "1627207";
    private static final String SIZE_PROP_ID = "20509";

    private final Supplier<String> publicBaseUrl;

    ProductViews(Supplier<String> publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    String mainPicture(CatalogProduct p) {
        return publicBaseUrl.get() + "/sandbox/images/" + ProductImages.mainName(p);
    }

    String skuPicture(CatalogProduct p, CatalogSku sku) {
        return publicBaseUrl.get() + "/sandbox/images/" + ProductImages.colourName(p, sku);
    }

    TaobaoProduct taobao(CatalogProduct p) {
        List<String> pictures = p.skus().stream().map(s -> skuPicture(p, s)).distinct().toList();
        List<String> picUrls = new ArrayList<>();
        picUrls.add(mainPicture(p));
        picUrls.addAll(pictures);
        List<TaobaoSku> skus = p.skus().stream().map(s -> new TaobaoSku(s.skuId(), s.mpSkuId(), s.price(),
                s.promotionPrice(), s.stock(), s.stock() > 0 ? "active" : "soldout", p.postFee(),
                skuPicture(p, s), properties(p, s))).toList();
        Long promo = p.skus().stream().allMatch(s -> s.promotionPrice() == null) ? null : p.fromPrice();
        return new TaobaoProduct(p.id(), p.mapId(), p.mpId(), p.title(), p.description(), picUrls,
                p.fromListPrice(), promo, p.totalStock(), p.beginAmount(), "active", "HAVE_MATERIAL",
                p.shopId(), p.shopName(), p.sellerNick(), p.categoryId(), p.categoryName(), p.categoryPath(),
                null, skus);
    }

    List<TaobaoSkuProperty> properties(CatalogProduct p, CatalogSku s) {
        return List.of(
                new TaobaoSkuProperty(COLOUR_PROP_ID, p.colourName(), valueId("c", s.colour().key()), s.colour().zh()),
                new TaobaoSkuProperty(SIZE_PROP_ID, p.sizeName(), valueId("s", s.size()), s.size()));
    }

    /** The SKU's options as the JSON-ish text carts show: {@code 颜色分类:红色;尺码:M}. */
    String propertiesText(CatalogProduct p, CatalogSku s) {
        return p.colourName() + ":" + s.colour().zh() + ";" + p.sizeName() + ":" + s.size();
    }

    TaobaoSearchItem taobaoHit(CatalogProduct p) {
        Long promo = p.skus().stream().allMatch(s -> s.promotionPrice() == null) ? null : p.fromPrice();
        return new TaobaoSearchItem(p.id(), p.mapId(), p.title(), mainPicture(p), p.fromListPrice(), promo,
                p.shopName(), p.sales());
    }

    AlibabaProduct alibaba(CatalogProduct p) {
        List<AlibabaSku> skus = p.skus().stream().map(s -> new AlibabaSku(s.skuId(), s.specId(), s.price(),
                s.promotionPrice(), s.stock(), skuPicture(p, s), List.of(
                        new AlibabaSku.Attribute("3216", p.colourName(), p.colourNameEn(), s.colour().zh(),
                                s.colour().en()),
                        new AlibabaSku.Attribute("450", p.sizeName(), p.sizeNameEn(), s.size(), s.size()))))
                .toList();
        List<String> images = new ArrayList<>();
        images.add(mainPicture(p));
        p.skus().stream().map(s -> skuPicture(p, s)).distinct().forEach(images::add);
        return new AlibabaProduct(p.id(), p.mapId(), p.categoryId(), p.categoryName(), p.title(), p.titleEn(),
                "<div><p>" + p.description() + "</p></div>", images, skus, Math.max(1, p.beginAmount()),
                p.sellerOpenId(), p.shopName(), "件", "published");
    }

    AlibabaSearchItem alibabaHit(CatalogProduct p) {
        return new AlibabaSearchItem(p.id(), p.mapId(), mainPicture(p), p.title(), p.titleEn(), p.fromPrice(),
                p.sales(), Math.max(1, p.beginAmount()));
    }

    private static String valueId(String prefix, String value) {
        return SandboxIds.digits("value:" + prefix + ":" + value, 7, '2');
    }
}
