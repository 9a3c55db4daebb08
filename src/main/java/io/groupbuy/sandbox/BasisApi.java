package io.groupbuy.sandbox;

import io.groupbuy.pandapon.PandaPonEndpoint;
import io.groupbuy.pandapon.wire.FreightEstimate;
import io.groupbuy.pandapon.wire.FreightEstimateRequest;
import io.groupbuy.pandapon.wire.PandaPonAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Addresses per user, and the overseas freight estimate (deterministic from country and quantity). */
final class BasisApi {
    private final SandboxParts parts;
    private final Map<String, List<PandaPonAddress>> addresses = new HashMap<>();
    private long nextAddressId = 1;

    BasisApi(SandboxParts parts) {
        this.parts = parts;
    }

    void register(Map<PandaPonEndpoint, SandboxHandler> routes) {
        routes.put(PandaPonEndpoint.ADDRESS_GET, r -> addresses(r.userId()));
        routes.put(PandaPonEndpoint.ADDRESS_ADD_OR_UPDATE, r -> {
            save(r.userId(), r.body(PandaPonAddress.class));
            return SandboxHandler.NO_DATA;
        });
        routes.put(PandaPonEndpoint.OVERSEAS_FREIGHT_ESTIMATE, this::freight);
    }

    synchronized void reset() {
        addresses.clear();
        nextAddressId = 1;
    }

    private synchronized List<PandaPonAddress> addresses(String userId) {
        return List.copyOf(addresses.getOrDefault(userId, List.of()));
    }

    private synchronized void save(String userId, PandaPonAddress address) {
        if (TaobaoGoodsApi.blank(address.name()) || TaobaoGoodsApi.blank(address.address())) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "name and address are required");
        }
        List<PandaPonAddress> mine = addresses.computeIfAbsent(userId, k -> new ArrayList<>());
        if (address.id() == null || address.id() == 0) {
            mine.add(new PandaPonAddress(nextAddressId++, address.name(), address.province(), address.city(),
                    address.district(), address.address(), address.phone()));
            return;
        }
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).id().equals(address.id())) {
                mine.set(i, address);
                return;
            }
        }
        throw new SandboxError(SandboxError.NOT_FOUND, "no address " + address.id());
    }

    /** Three services; price grows with quantity and is higher outside Asia. Fen, CNY. */
    private Object freight(SandboxRequest request) {
        FreightEstimateRequest q = request.body(FreightEstimateRequest.class);
        if (q.receiverAddress() == null || TaobaoGoodsApi.blank(q.receiverAddress().country())) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "receiverAddress.country is required");
        }
        if (q.quantity() <= 0) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "quantity must be positive");
        }
        CatalogProduct product = parts.catalog().byMpId(q.itemId());
        if (product.skus().stream().noneMatch(s -> s.mpSkuId().equals(q.skuId()))) {
            throw new SandboxError(SandboxError.NOT_FOUND, "item " + q.itemId() + " has no mpSkuId " + q.skuId());
        }
        String country = q.receiverAddress().country().trim().toUpperCase(Locale.ROOT);
        boolean asia = List.of("TH", "VN", "MY", "SG", "JP", "KR", "PH", "ID", "TW", "HK").contains(country);
        long base = asia ? 2800 : 6500;
        long perItem = asia ? 900 : 2200;
        long economy = base + perItem * (q.quantity() - 1);
        return new FreightEstimate("CNY", List.of(
                new FreightEstimate.Quote("1", "燕文专线 Yanwen Line", "ECONOMY", economy, asia ? 7 : 12, asia ? 12 : 20),
                new FreightEstimate.Quote("2", "云途物流 YunExpress", "STANDARD", economy * 3 / 2, asia ? 5 : 8,
                        asia ? 8 : 14),
                new FreightEstimate.Quote("3", "顺丰国际 SF International", "EXPRESS", economy * 5 / 2, asia ? 2 : 4,
                        asia ? 4 : 7)));
    }
}
