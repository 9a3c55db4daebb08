package io.groupbuy.pandapon;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.app.Json;
import io.groupbuy.core.CoreFixture;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.Product;
import io.groupbuy.core.port.OrderNews;
import io.groupbuy.pandapon.PandaPonCallbackHandler.Outcome;
import io.groupbuy.testing.FakeMarketplace;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PandaPonCallbackHandlerTest {
    private final CoreFixture f = new CoreFixture();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final PandaPonCallbackHandler handler = new PandaPonCallbackHandler(
            new PandaPonCallbackParser(Json.mapper()), f.updates(), metrics);
    private Order order;

    @BeforeEach
    void placeAnOrder() {
        Product shirt = FakeMarketplace.tshirt("672991141190");
        f.market().add(shirt);
        f.carts().add(f.alice(), shirt, shirt.skus().get(0), 2, "a1");
        f.carts().add(f.bob(), shirt, shirt.skus().get(1), 1, "b1");
        long id = f.checkout().start(f.admin()).checkout().id();
        order = f.placement().confirm(f.admin(), id).get(0).order();
    }

    private String status(String messageId, String status, long updateTime, boolean bodyAsString, String tracking) {
        String body = "{\"messageId\":\"" + messageId + "\",\"orderId\":\"" + order.upstreamOrderId()
                + "\",\"orderStatus\":\"" + status + "\",\"updateTime\":" + updateTime
                + (tracking == null ? "" : ",\"logisticsCompany\":\"SF\",\"logisticsNumber\":\"" + tracking + "\"")
                + "}";
        String messageBody = bodyAsString ? "\"" + body.replace("\"", "\\\"") + "\"" : body;
        return "{\"messageType\":\"TAOBAO_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY\",\"messageBody\":" + messageBody
                + ",\"messagePlatform\":0,\"timestamp\":\"" + updateTime + "\"}";
    }

    @Test
    void statusNewsAppliesOnceInOrderWhateverTheBodyShape() {
        assertThat(handler.handle(status("m1", "WAIT_SELLER_SEND_GOODS", 2000, true, null))).isEqualTo(Outcome.APPLIED);
        assertThat(handler.handle(status("m2", "WAIT_BUYER_CONFIRM_GOODS", 3000, false, "SF1")))
                .isEqualTo(Outcome.APPLIED);
        // a late, older message arrives after the newer one
        assertThat(handler.handle(status("m0", "TAOBAO_ORDER_WAIT_BUYER_PAY", 1000, false, null)))
                .isEqualTo(Outcome.IGNORED);
        Order now = f.book().detail(f.chat(), order.number()).order();
        assertThat(now.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(now.logisticsNumber()).isEqualTo("SF1");
        assertThat(f.relay().sendDue()).isEqualTo(2);
        assertThat(metrics.find("groupbuy.callbacks").tag("outcome", "applied").counter().count()).isEqualTo(2);
    }

    @Test
    void cloneStyleEventsMapToStatuses() {
        String paid = "{\"messageType\":\"ORDER_PAY_SUCCESS\",\"messageBody\":\"{\\\"orderId\\\":\\\""
                + order.upstreamOrderId() + "\\\",\\\"orderStatus\\\":\\\"WAITING_FOR_SENT\\\",\\\"payStatus\\\":2}\","
                + "\"messagePlatform\":1,\"timestamp\":\"1779263269913\"}";
        assertThat(handler.handle(paid)).isEqualTo(Outcome.APPLIED); // platform 1 was only a hint
        assertThat(f.book().detail(f.chat(), order.number()).order().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aPriceModificationAsksTheAdmins() {
        long newGoods = order.goodsFen() + 700;
        String body = "{\"messageType\":\"TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY\",\"messagePlatform\":0,"
                + "\"timestamp\":\"1715669977082\",\"messageBody\":{\"messageId\":\"p1\",\"salesOrderId\":\""
                + order.upstreamOrderId() + "\",\"subOrders\":[],\"purchaseOrderPriceDTO\":{\"purchaseProductFee\":\""
                + newGoods + "\",\"purchaseShippingFee\":\"" + order.freightFen() + "\"}}}";
        assertThat(handler.handle(body)).isEqualTo(Outcome.APPLIED);
        assertThat(handler.handle(body)).isEqualTo(Outcome.IGNORED);
        f.relay().sendDue();
        assertThat(f.delivered()).singleElement().isInstanceOfSatisfying(OrderNews.PriceChangeProposed.class,
                n -> assertThat(n.change().differenceFen()).isEqualTo(700));
    }

    @Test
    void refundsAreSplitAcrossMembers() {
        String body = "{\"messageType\":\"TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND\",\"messagePlatform\":0,"
                + "\"timestamp\":\"1\",\"messageBody\":{\"refundId\":\"TQ9\",\"orderId\":\"" + order.upstreamOrderId()
                + "\",\"refundAmount\":1001,\"refundStatus\":100}}";
        assertThat(handler.handle(body)).isEqualTo(Outcome.APPLIED);
        f.relay().sendDue();
        OrderNews.Refunded refunded = (OrderNews.Refunded) f.delivered().get(0);
        assertThat(refunded.refund().shares().stream().mapToLong(MemberShare::totalFen).sum()).isEqualTo(1001);
    }

    @Test
    void unknownOrdersTypesAndGarbageAreReportedNotApplied() {
        assertThat(handler.handle(status("x", "WAIT_SELLER_SEND_GOODS", 1, false, null)
                .replace(order.upstreamOrderId(), "404404"))).isEqualTo(Outcome.UNKNOWN_ORDER);
        assertThat(handler.handle("{\"messageType\":\"SOMETHING_NEW\",\"messageBody\":{\"orderId\":\"1\"}}"))
                .isEqualTo(Outcome.UNKNOWN_TYPE);
        assertThat(handler.handle("not json at all")).isEqualTo(Outcome.UNREADABLE);
        assertThat(handler.handle("[]")).isEqualTo(Outcome.UNREADABLE);
    }

    @Test
    void everyShippedExampleIsHandledWithoutFailing() throws IOException {
        try (var files = Files.list(Path.of("src/test/resources/fixtures/pandapon"))) {
            for (Path p : files.filter(x -> x.getFileName().toString().startsWith("callback-")).toList()) {
                Outcome outcome = handler.handle(Files.readString(p));
                assertThat(outcome).as(p.getFileName().toString()).isIn(Outcome.UNKNOWN_ORDER, Outcome.IGNORED);
            }
        }
    }
}
