package io.groupbuy.core;

/** What one member owes: their goods plus their part of the freight, all fen. */
public record MemberShare(UserId member, String memberName, long goodsFen, long freightFen) {
    public long totalFen() {
        return goodsFen + freightFen;
    }
}
