package io.groupbuy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.pandapon.PandaPonClient;
import io.groupbuy.pandapon.PandaPonEndpoint;
import io.groupbuy.pandapon.PandaPonException;
import io.groupbuy.pandapon.TaobaoOrderStatus;
import io.groupbuy.pandapon.wire.AlibabaCargo;
import io.groupbuy.pandapon.wire.AlibabaOrderCreateBody;
import io.groupbuy.pandapon.wire.AlibabaOrderCreated;
import io.groupbuy.pandapon.wire.AlibabaProduct;
import io.groupbuy.pandapon.wire.AlibabaSku;
import io.groupbuy.pandapon.wire.TaobaoDirectOrder;
import io.groupbuy.pandapon.wire.TaobaoOrderCreated;
import io.groupbuy.pandapon.wire.TaobaoOrderLine;
import io.groupbuy.pandapon.wire.TaobaoOrderPreview;
import io.groupbuy.pandapon.wire.TaobaoProduct;
import io.groupbuy.pandapon.wire.TaobaoSku;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders walking the status machine through the admin API, with prices, refunds, stock and counts. */
class SandboxOrderFlowTest {
    private static PandaPonSandbox sandbox;
    private static PandaPonClient client;

    @BeforeAll
    static void start() {
        sandbox = PandaPonSandbox.start(SandboxOptions.defaults());
        client = SandboxTestClient.of(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.admin().reset();
    }

    private static SandboxAdmin admin() {
        return sandbox.admin();
    }

    @Test
    void taobao_happy_path_needs_payment_then_ships_and_ends() {
        TaobaoOrderCreated created = SandboxTestClient.orderTaobao(client, "698765432109", 1, "k-happy");
        String id = created.orderId();
        assertThat(created.orderId()).matches("4\\d{18}");
        assertThat(admin().order(id).status()).isEqualTo("TAOBAO_ORDER_WAIT_BUYER_PAY");

        assertThatThrownBy(() -> admin().advanceOrder(id, false))
                .isInstanceOfSatisfying(SandboxAdminException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("unpaid");
                });
        SandboxOrderView paid = admin().advanceOrder(id, true);
        assertThat(paid.status()).isEqualTo(TaobaoOrderStatus.WAIT_SELLER_SEND_GOODS.name());
        assertThat(paid.statusCode()).isEqualTo(10);
        assertThat(paid.payStatus()).isEqualTo(2);

        SandboxOrderView shipped = admin().advanceOrder(id, false);
        assertThat(shipped.statusCode()).isEqualTo(11);
        assertThat(shipped.logisticsNumber()).isNotBlank();
        assertThatThrownBy(() -> admin().advanceOrder(id, false)).hasMessageContaining("no next status");
        assertThatThrownBy(() -> client.taobaoOrderCancel(id, "late"))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> assertThat(e.code()).isEqualTo(409));
    }

    @Test
    void alibaba_walks_from_waitbuyerpay_to_success() {
        AlibabaProduct p = client.alibabaProduct(739055812640L);
        AlibabaSku sku = p.skus().stream().filter(s -> s.amountOnSale() >= 2).findFirst().orElseThrow();
        AlibabaOrderCreated created = client.alibabaCreateOrder(AlibabaOrderCreateBody.of(SandboxTestClient.ADDRESS,
                List.of(AlibabaCargo.of(739055812640L, sku.specId(), 2)), "k-1688"));
        String id = created.orderId();
        assertThat(admin().payOrder(id).status()).isEqualTo("waitsellersend");
        assertThat(admin().ship(id, "圆通速递", "YT122323345678").status()).isEqualTo("waitbuyerreceive");
        assertThat(admin().advanceOrder(id, false).status()).isEqualTo("confirm_goods");
        assertThat(admin().advanceOrder(id, false).status()).isEqualTo("success");
        assertThat(admin().order(id).statusCode()).isNull();
        assertThat(admin().order(id).logisticsCompany()).isEqualTo("圆通速递");
    }

    @Test
    void a_price_rise_after_payment_leaves_the_difference_to_pay_and_a_cut_refunds_it() {
        TaobaoOrderCreated created = SandboxTestClient.orderTaobao(client, "688412097735", 1, "k-price");
        String id = created.orderId();
        client.taobaoOrderPay(id);
        SandboxOrderView before = admin().order(id);
        String line = before.lines().get(0).lineId();

        SandboxOrderView raised = admin().changeOrderPrice(id, null, Map.of(line, before.lines().get(0).unitPrice() + 500));
        assertThat(raised.totalAmount()).isEqualTo(before.totalAmount() + 500);
        assertThat(raised.payStatus()).isEqualTo(1);
        assertThatThrownBy(() -> admin().advanceOrder(id, false)).hasMessageContaining("500 fen unpaid");
        client.taobaoOrderPay(id);
        assertThat(admin().order(id).payStatus()).isEqualTo(2);

        SandboxOrderView cut = admin().changeOrderPrice(id, before.totalAmount() - 1000, null);
        assertThat(cut.totalAmount()).isEqualTo(before.totalAmount() - 1000);
        assertThat(cut.refundAmount()).isEqualTo(1500);
        assertThat(cut.paidAmount()).isEqualTo(cut.totalAmount());

        String refundId = admin().refund(id, 300, line);
        assertThat(refundId).startsWith("TQ");
        assertThat(admin().order(id).refundAmount()).isEqualTo(1800);
        assertThat(admin().order(id).lines().get(0).refundStatus()).isEqualTo(100);
        assertThatThrownBy(() -> admin().refund(id, 1_000_000, null)).hasMessageContaining("refund must be");
    }

    @Test
    void stock_is_taken_by_orders_given_back_on_cancel_and_admin_changes_reach_checkout() {
        TaobaoProduct p = client.taobaoProduct("739104827561");
        TaobaoSku sku = p.skuList().stream().filter(s -> s.quantity() >= 3).findFirst().orElseThrow();
        TaobaoDirectOrder order = TaobaoDirectOrder.of(
                List.of(TaobaoOrderLine.of(p.mpId(), sku.mpSkuId(), 3, sku.unitPrice(), 1)),
                SandboxTestClient.RECEIVER, "k-stock");
        TaobaoOrderCreated created = client.taobaoCreateOrder(order);
        assertThat(stock(sku.skuId())).isEqualTo(sku.quantity() - 3);
        admin().cancelOrder(created.orderId(), "seller out of stock");
        assertThat(stock(sku.skuId())).isEqualTo(sku.quantity());
        assertThat(admin().order(created.orderId()).closeReason()).isEqualTo("seller out of stock");

        admin().changeProductStock("739104827561", sku.skuId(), 1);
        TaobaoOrderPreview preview = client.taobaoOrderPreview(order);
        assertThat(preview.orderable()).isFalse();
        assertThat(preview.lines().get(0).message()).contains("only 1 in stock");
        assertThatThrownBy(() -> client.taobaoCreateOrder(order))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> assertThat(e.code()).isEqualTo(409));

        admin().changeProductStock("739104827561", null, 50);
        admin().changeProductPrice("739104827561", sku.skuId(), 12900, 6900L);
        assertThat(client.taobaoOrderPreview(order).lines().get(0).price()).isEqualTo(6900);
        assertThatThrownBy(() -> client.taobaoCreateOrder(order)).hasMessageContaining("price changed");
        assertThatThrownBy(() -> admin().changeProductPrice("739104827561", "nope", 100, null))
                .isInstanceOfSatisfying(SandboxAdminException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void stats_count_create_calls_and_orders_per_client_key() {
        SandboxTestClient.orderTaobao(client, "675530918204", 1, "k-a");
        SandboxTestClient.orderTaobao(client, "675530918204", 1, "k-a");
        SandboxTestClient.orderTaobao(client, "675530918204", 1, "k-b");
        SandboxStats stats = admin().stats();
        assertThat(stats.createCalls()).isEqualTo(3);
        assertThat(stats.ordersCreated()).isEqualTo(3);
        assertThat(stats.ordersPerClientKey()).containsEntry("k-a", 2L).containsEntry("k-b", 1L);
        assertThat(stats.calls(PandaPonEndpoint.TAOBAO_PRODUCT_GET)).isEqualTo(3);
        assertThat(admin().orders()).hasSize(3);
        admin().reset();
        assertThat(admin().stats().ordersCreated()).isZero();
        assertThat(admin().orders()).isEmpty();
    }

    private static long stock(String skuId) {
        return client.taobaoProduct("739104827561").skuList().stream().filter(s -> s.skuId().equals(skuId))
                .findFirst().orElseThrow().quantity();
    }
}
