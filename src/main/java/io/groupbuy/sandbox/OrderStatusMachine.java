package io.groupbuy.sandbox;

import io.groupbuy.pandapon.AlibabaOrderStatus;
import io.groupbuy.pandapon.TaobaoOrderStatus;
import java.util.Optional;

/**
 * The happy paths the sandbox walks (API.md §6.5). Taobao: WAIT_BUYER_PAY(0) -> WAIT_SELLER_SEND_GOODS(10)
 * -> WAIT_BUYER_CONFIRM_GOODS(11); the voucher/finance codes (1, 2, 5) and BULIDING (12) are not
 * simulated. 1688: waitbuyerpay -> waitsellersend -> waitbuyerreceive -> confirm_goods -> success.
 * Leaving the first state needs the order paid; the shipping step sets logistics.
 */
final class OrderStatusMachine {
    private OrderStatusMachine() {
    }

    static String initial(boolean taobao) {
        return taobao ? TaobaoOrderStatus.TAOBAO_ORDER_WAIT_BUYER_PAY.name() : AlibabaOrderStatus.WAIT_BUYER_PAY.wire();
    }

    static String cancelled(boolean taobao) {
        return taobao ? TaobaoOrderStatus.CANCEL.name() : AlibabaOrderStatus.CANCEL.wire();
    }

    static String paid(boolean taobao) {
        return taobao ? TaobaoOrderStatus.WAIT_SELLER_SEND_GOODS.name() : AlibabaOrderStatus.WAIT_SELLER_SEND.wire();
    }

    static String shipped(boolean taobao) {
        return taobao ? TaobaoOrderStatus.WAIT_BUYER_CONFIRM_GOODS.name() : AlibabaOrderStatus.WAIT_BUYER_RECEIVE.wire();
    }

    static Optional<String> next(boolean taobao, String status) {
        if (status.equals(initial(taobao))) {
            return Optional.of(paid(taobao));
        }
        if (status.equals(paid(taobao))) {
            return Optional.of(shipped(taobao));
        }
        if (!taobao && status.equals(AlibabaOrderStatus.WAIT_BUYER_RECEIVE.wire())) {
            return Optional.of(AlibabaOrderStatus.CONFIRM_GOODS.wire());
        }
        if (!taobao && status.equals(AlibabaOrderStatus.CONFIRM_GOODS.wire())) {
            return Optional.of(AlibabaOrderStatus.SUCCESS.wire());
        }
        return Optional.empty();
    }

    static boolean awaitingPayment(boolean taobao, String status) {
        return status.equals(initial(taobao));
    }

    /** Before shipment: prices may still change and an admin may still cancel. */
    static boolean beforeShipment(boolean taobao, String status) {
        return status.equals(initial(taobao)) || status.equals(paid(taobao));
    }

    static boolean isCancelled(boolean taobao, String status) {
        return status.equals(cancelled(taobao));
    }

    /** The Taobao integer code of a status name, or -1 for 1688. */
    static int code(boolean taobao, String status) {
        return taobao ? TaobaoOrderStatus.valueOf(status).code() : -1;
    }
}
