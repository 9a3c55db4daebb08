package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Member;
import io.groupbuy.core.chat.ChatService;
import java.util.Locale;

/** "/admin add|remove @name": admins name other admins (LINE has no admin notion of its own). */
public final class AdminAction implements CommandAction {
    private final ChatService chats;

    public AdminAction(ChatService chats) {
        this.chats = chats;
    }

    @Override
    public Reply command(Turn turn, String args) {
        String[] parts = (args == null ? "" : args.strip()).split("\\s+", 2);
        if (parts.length < 2 || parts[1].isBlank()) {
            return turn.say(turn.t("admin.usage"));
        }
        String verb = parts[0].toLowerCase(Locale.ROOT);
        boolean add = verb.equals("add") || verb.equals("เพิ่ม") || verb.equals("添加");
        boolean remove = verb.equals("remove") || verb.equals("ลบ") || verb.equals("删除");
        if (!add && !remove) {
            return turn.say(turn.t("admin.usage"));
        }
        Member member = chats.setAdmin(turn.actor(), parts[1].strip(), add);
        return turn.say(add ? turn.t("admin.added", member.displayName())
                : turn.t("admin.removed", member.displayName()));
    }
}
