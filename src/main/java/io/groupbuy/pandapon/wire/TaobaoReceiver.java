package io.groupbuy.pandapon.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Taobao receiving address: the {@code receiver} of direct create (sent as a JSON string) and the
 * {@code orderAddress} of create-from-cart. Note the snake_case {@code mobile_phone}.
 *
 * @param state province
 */
public record TaobaoReceiver(
        String name,
        String phone,
        @JsonProperty("mobile_phone") String mobilePhone,
        String country,
        String state,
        String city,
        String district,
        String address,
        String zip) {
}
