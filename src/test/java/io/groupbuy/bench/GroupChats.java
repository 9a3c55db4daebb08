package io.groupbuy.bench;

import io.groupbuy.testing.telegram.ChatMemberStatus;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's Telegram groups: supergroups with a few members each, the first of them the group's
 * creator (so getChatAdministrators names them admin, as in a real group). Ids are fixed by the index, so
 * two fakes set up alike hold the same chats.
 */
final class GroupChats {
    static final String[] NAMES = {"Ann", "Ben", "Cat", "Dan", "Eve", "Fay", "Gus", "Hal"};
    private static final long FIRST_CHAT = -1_001_000_000_000L;
    private static final long FIRST_USER = 10_000_000L;

    record Member(long userId, String name, boolean admin) {
    }

    record Group(int index, long chatId, String title, List<Member> members) {
        Member admin() {
            return members.get(0);
        }
    }

    private GroupChats() {
    }

    static List<Group> create(TelegramBotApiFake fake, int chats, int membersPerChat) {
        List<Group> groups = new ArrayList<>(chats);
        for (int c = 0; c < chats; c++) {
            long chatId = FIRST_CHAT - c;
            String title = "Group buy " + (c + 1);
            fake.addChat(chatId, "supergroup", title);
            List<Member> members = new ArrayList<>();
            for (int m = 0; m < membersPerChat; m++) {
                Member member = new Member(FIRST_USER + c * 10L + m, NAMES[m % NAMES.length], m == 0);
                fake.addUser(member.userId(), member.name(), "en");
                fake.setChatMember(chatId, member.userId(), member.name(),
                        member.admin() ? ChatMemberStatus.CREATOR : ChatMemberStatus.MEMBER);
                members.add(member);
            }
            groups.add(new Group(c, chatId, title, List.copyOf(members)));
        }
        return groups;
    }
}
