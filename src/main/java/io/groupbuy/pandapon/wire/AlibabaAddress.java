package io.groupbuy.pandapon.wire;

/**
 * The 1688 {@code addressParam} ({@code FastAdress}). The clone's sample fills the text fields
 * inconsistently (province in {@code townText}); send what you have.
 */
public record AlibabaAddress(
        String fullName,
        String mobile,
        String phone,
        String postCode,
        String provinceText,
        String cityText,
        String areaText,
        String townText,
        String address,
        String districtCode) {
}
