package io.groupbuy.sandbox;

import io.groupbuy.app.Json;
import io.groupbuy.pandapon.PandaPonClient;
import io.groupbuy.pandapon.PandaPonClientSettings;
import io.groupbuy.pandapon.Signers;
import io.groupbuy.pandapon.wire.AlibabaAddress;
import io.groupbuy.pandapon.wire.TaobaoDirectOrder;
import io.groupbuy.pandapon.wire.TaobaoOrderCreated;
import io.groupbuy.pandapon.wire.TaobaoOrderLine;
import io.groupbuy.pandapon.wire.TaobaoProduct;
import io.groupbuy.pandapon.wire.TaobaoReceiver;
import io.groupbuy.pandapon.wire.TaobaoSku;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/** The real client pointed at a sandbox, plus shortcuts to place orders. */
final class SandboxTestClient {
    static final OkHttpClient HTTP = new OkHttpClient();
    static final TaobaoReceiver RECEIVER = new TaobaoReceiver("Somchai", "", "0811111111", "TH", "Bangkok",
            "Bangkok", "Bang Rak", "99 Silom Rd", "10500");
    static final AlibabaAddress ADDRESS = new AlibabaAddress("Somchai", "0811111111", "", "10500", "Bangkok",
            "Bangkok", "Bang Rak", "", "99 Silom Rd", null);

    private SandboxTestClient() {
    }

    static PandaPonClient of(PandaPonSandbox sandbox) {
        return new PandaPonClient(HTTP, PandaPonClientSettings.of(sandbox.baseUrl(), SandboxOptions.DEFAULT_ACCESS_KEY,
                SandboxOptions.DEFAULT_SECRET, SandboxOptions.DEFAULT_USER_ID, Signers.MD5_SORTED)
                .withRetries(0, Duration.ZERO), Clock.systemUTC(), Json.mapper());
    }

    /** Orders {@code quantity} of the first SKU with enough stock, directly, under {@code clientKey}. */
    static TaobaoOrderCreated orderTaobao(PandaPonClient client, String itemId, int quantity, String clientKey) {
        TaobaoProduct p = client.taobaoProduct(itemId);
        TaobaoSku sku = p.skuList().stream().filter(s -> s.quantity() >= quantity).findFirst().orElseThrow();
        return client.taobaoCreateOrder(TaobaoDirectOrder.of(
                List.of(TaobaoOrderLine.of(p.mpId(), sku.mpSkuId(), quantity, sku.unitPrice(), 1)), RECEIVER, clientKey));
    }
}
