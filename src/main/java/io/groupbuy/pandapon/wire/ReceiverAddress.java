package io.groupbuy.pandapon.wire;

/** Warehouse {@code ReceiverAddressTO} (API.md §5.9); {@code country} an ISO code such as {@code US}. */
public record ReceiverAddress(String name, String email, String phone, String mobilePhone, String address,
                              String taxId, String country, String state, String city, String zip) {
}
