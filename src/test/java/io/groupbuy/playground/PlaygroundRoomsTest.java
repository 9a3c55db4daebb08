package io.groupbuy.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.PlatformAdmins;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Rooms, members and what the platform says about admins. */
class PlaygroundRoomsTest {
    private final PlaygroundRooms rooms = new PlaygroundRooms(Clock.systemUTC());

    @Test
    void aMemberMarkedAdminOnThePageAdministersTheirRoomOnly() {
        PlaygroundRoom one = rooms.create("Friends", ChatKind.GROUP);
        PlaygroundRoom two = rooms.create(" ", ChatKind.GROUP);
        PlaygroundMember carol = rooms.addMember(one.id(), "Carol", "th", true);
        PlaygroundMember anna = rooms.addMember(one.id(), "Anna", null, false);
        PlatformAdmins admins = rooms.admins();

        assertThat(two.title()).isEqualTo("Room 2");
        assertThat(anna.language()).isEqualTo("en");
        assertThat(admins.isAdmin(one.chatId(), carol.userId())).hasValue(true);
        assertThat(admins.isAdmin(one.chatId(), anna.userId())).hasValue(false);
        assertThat(admins.isAdmin(two.chatId(), carol.userId())).isEmpty();
        assertThat(admins.isAdmin(ChatId.telegram(-1), UserId.of(Channel.TELEGRAM, "1"))).isEmpty();

        rooms.updateMember(one.id(), anna.id(), null, "zh-Hans", true);

        assertThat(admins.isAdmin(one.chatId(), anna.userId())).hasValue(true);
        assertThat(one.require(anna.id()).language()).isEqualTo("zh");
        assertThat(one.require(anna.id()).name()).isEqualTo("Anna");
    }

    @Test
    void namesLanguagesTitlesAndSizesAreBounded() {
        PlaygroundRoom room = rooms.create("Friends", ChatKind.GROUP);
        assertThatThrownBy(() -> rooms.addMember(room.id(), "x".repeat(41), "en", false))
                .isInstanceOf(PlaygroundRefusal.class);
        assertThatThrownBy(() -> rooms.addMember(room.id(), "Bad\u0000name", "en", false))
                .isInstanceOf(PlaygroundRefusal.class);
        assertThatThrownBy(() -> rooms.addMember(room.id(), "Bo", "klingon", false))
                .isInstanceOf(PlaygroundRefusal.class);
        assertThatThrownBy(() -> rooms.create("t".repeat(61), ChatKind.GROUP)).isInstanceOf(PlaygroundRefusal.class);
        for (int i = 0; i < PlaygroundRoom.MAX_MEMBERS; i++) {
            rooms.addMember(room.id(), "M" + i, "en", false);
        }
        assertThatThrownBy(() -> rooms.addMember(room.id(), "One more", "en", false))
                .isInstanceOfSatisfying(PlaygroundRefusal.class, r ->
                        assertThat(r.reason()).isEqualTo(PlaygroundRefusal.Reason.LIMIT_REACHED));
        assertThatThrownBy(() -> rooms.require("room-99")).isInstanceOfSatisfying(PlaygroundRefusal.class, r ->
                assertThat(r.reason()).isEqualTo(PlaygroundRefusal.Reason.UNKNOWN_ROOM));
    }
}
