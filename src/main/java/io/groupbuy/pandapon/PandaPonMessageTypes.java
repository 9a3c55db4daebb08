package io.groupbuy.pandapon;

/**
 * Callback {@code messageType} values (API.md §6.3). Only the two price-modification names are
 * documented; the status and refund names are our inference by analogy with the clone's neutral set
 * ({@code ORDER_BUYER_VIEW_ORDER_BUYER_REFUND} …). Consumers dispatch by suffix, so a different real
 * prefix still lands in the right place.
 */
public final class PandaPonMessageTypes {
    /** Documented. */
    public static final String TAOBAO_PRICE_MODIFY = "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY";
    /** Documented. */
    public static final String ALIBABA_PRICE_MODIFY = "1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY";
    /** Inferred. */
    public static final String TAOBAO_STATUS_MODIFY = "TAOBAO_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY";
    /** Inferred. */
    public static final String TAOBAO_REFUND = "TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND";
    /** Inferred. */
    public static final String ALIBABA_STATUS_MODIFY = "1688_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY";
    /** Inferred. */
    public static final String ALIBABA_REFUND = "1688_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND";

    /** {@code messagePlatform} values (documented): 0 Taobao, 1 1688. */
    public static final int PLATFORM_TAOBAO = 0;
    public static final int PLATFORM_1688 = 1;

    private PandaPonMessageTypes() {
    }
}
