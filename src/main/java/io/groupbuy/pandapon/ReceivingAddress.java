package io.groupbuy.pandapon;

import io.groupbuy.pandapon.wire.AlibabaAddress;
import io.groupbuy.pandapon.wire.TaobaoReceiver;

/** Where upstream orders are delivered (normally the PandaPon warehouse), in both marketplaces' shapes. */
public record ReceivingAddress(String name, String phone, String province, String city, String district,
                               String address, String zip) {

    TaobaoReceiver taobao() {
        return new TaobaoReceiver(name, phone, phone, "CN", province, city, district, address, zip);
    }

    AlibabaAddress alibaba() {
        return new AlibabaAddress(name, phone, phone, zip, province, city, district, null, address, null);
    }
}
