package io.groupbuy.playground;

import io.groupbuy.core.Channel;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;

/**
 * Someone in a playground room: the page picks who speaks. {@code language} is the member's own
 * language tag (th, en, zh), as Telegram's language_code would be; {@code admin} makes the platform
 * say they administer the room.
 */
public record PlaygroundMember(String id, String name, String language, boolean admin) {
    public UserId userId() {
        return UserId.of(Channel.PLAYGROUND, id);
    }

    public Member asMember() {
        return new Member(userId(), name);
    }
}
