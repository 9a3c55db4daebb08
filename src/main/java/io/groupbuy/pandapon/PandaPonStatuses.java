package io.groupbuy.pandapon;

import io.groupbuy.core.OrderStatus;

/** PandaPon's Taobao codes and 1688 trade strings (API.md §6.5) in the bot's own terms. */
public final class PandaPonStatuses {
    private PandaPonStatuses() {
    }

    public static OrderStatus taobao(TaobaoOrderStatus s) {
        return switch (s) {
            // "being created" already exists upstream: it waits for payment next
            case ORDER_BULIDING, TAOBAO_ORDER_WAIT_BUYER_PAY -> OrderStatus.WAITING_PAYMENT;
            case ORDER_PAY_STATUS, ORDER_FINANCE_PASS_STATUS, WAIT_FINANCE_PAY -> OrderStatus.PAYMENT_REVIEW;
            case WAIT_SELLER_SEND_GOODS -> OrderStatus.PAID;
            case WAIT_BUYER_CONFIRM_GOODS -> OrderStatus.SHIPPED;
            case CANCEL -> OrderStatus.CANCELLED;
            // A refused payment proof needs the admin's attention: reported plainly, never ranked
            case ORDER_FINANCE_REFUSE_STATUS, OTHER_STATUS -> OrderStatus.OTHER;
        };
    }

    public static OrderStatus alibaba(AlibabaOrderStatus s) {
        return switch (s) {
            case WAIT_BUYER_PAY -> OrderStatus.WAITING_PAYMENT;
            case WAIT_SELLER_SEND -> OrderStatus.PAID;
            case WAIT_BUYER_RECEIVE -> OrderStatus.SHIPPED;
            case CONFIRM_GOODS -> OrderStatus.RECEIVED;
            case SUCCESS -> OrderStatus.COMPLETED;
            case CANCEL, TERMINATED -> OrderStatus.CANCELLED;
            case OTHER -> OrderStatus.OTHER;
        };
    }
}
