package io.groupbuy.line;

import com.linecorp.bot.webhook.model.ContentProvider;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.ImageMessageContent;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.LeaveEvent;
import com.linecorp.bot.webhook.model.MemberJoinedEvent;
import com.linecorp.bot.webhook.model.Mentionee;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserMentionee;
import com.linecorp.bot.webhook.model.UserSource;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A webhook event as the conversation engine sees it: text (the bot's own @mention cut out), a
 * photo (downloaded now), a button press, the bot added or removed, people joining. LINE gives no
 * language per member, so {@code memberLanguage} is null and the chat's language (Thai by default)
 * applies.
 */
final class LineEventTranslator {
    /** What an event means for the bot. */
    sealed interface Translation {
    }

    /** Hand it to the conversation; {@code answerable} is false when nobody can be answered (bot removed). */
    record ToConversation(Incoming incoming, boolean answerable) implements Translation {
    }

    /**
     * Answer with this text without the conversation (a photo that could not be fetched). In Thai, the
     * language of LINE chats, in the polite tone of the bot's Thai messages.
     */
    record AdapterNote(String text) implements Translation {
    }

    /** Nothing to do (stickers, videos, unknown event types). */
    record Ignored(String why) implements Translation {
    }

    static final String PHOTO_TOO_LARGE = "รูปนี้ใหญ่เกินไปค่ะ (เกิน %d MB) กรุณาส่งรูปที่เล็กลงนะคะ";
    static final String PHOTO_UNAVAILABLE = "ดาวน์โหลดรูปไม่สำเร็จค่ะ กรุณาส่งรูปอีกครั้งนะคะ";

    private final LineProfiles profiles;
    private final LineContent content;

    LineEventTranslator(LineProfiles profiles, LineContent content) {
        this.profiles = profiles;
        this.content = content;
    }

    Translation translate(Event event, String eventKey, LineChat chat) {
        if (event instanceof MessageEvent m && m.message() instanceof TextMessageContent text) {
            boolean mentioned = mentionsSelf(text);
            String stripped = withoutSelfMentions(text);
            boolean addressed = !chat.isGroup() || mentioned || stripped.startsWith("/");
            return incoming(event, eventKey, chat, new Content.Text(stripped), addressed);
        }
        if (event instanceof MessageEvent m && m.message() instanceof ImageMessageContent image) {
            return photo(event, eventKey, chat, image);
        }
        if (event instanceof PostbackEvent p && p.postback() != null && p.postback().data() != null) {
            return incoming(event, eventKey, chat, new Content.ButtonPress(p.postback().data()), true);
        }
        if (event instanceof JoinEvent || event instanceof FollowEvent) {
            return incoming(event, eventKey, chat, new Content.BotAdded(), true);
        }
        if (event instanceof LeaveEvent || event instanceof UnfollowEvent) {
            return new ToConversation(incoming(event, eventKey, chat, new Content.BotRemoved(), true).incoming(), false);
        }
        if (event instanceof MemberJoinedEvent joined && joined.joined() != null) {
            List<Member> members = new ArrayList<>();
            for (UserSource u : joined.joined().members()) {
                if (u.userId() != null) {
                    members.add(new Member(UserId.of(Channel.LINE, u.userId()), profiles.displayName(chat, u.userId())));
                }
            }
            return members.isEmpty() ? new Ignored("memberJoined without members")
                    : incoming(event, eventKey, chat, new Content.MembersJoined(members), false);
        }
        return new Ignored("nothing to do with " + event.getClass().getSimpleName()
                + (event instanceof MessageEvent m && m.message() != null ? " " + m.message().getClass().getSimpleName() : ""));
    }

    private Translation photo(Event event, String eventKey, LineChat chat, ImageMessageContent image) {
        ContentProvider provider = image.contentProvider();
        if (provider != null && provider.type() == ContentProvider.Type.EXTERNAL) {
            return new Ignored("image hosted outside LINE");
        }
        LineContent.Download download = content.fetch(image.id());
        if (download instanceof LineContent.Downloaded d) {
            // A LINE photo has no caption and cannot @mention the bot: in a group it is searched only when
            // the member asked first with "/search" (the engine remembers); in 1:1 chats always.
            return incoming(event, eventKey, chat, new Content.Photo(d.bytes(), null), !chat.isGroup());
        }
        if (chat.isGroup()) {
            // a group photo may not be meant for the bot at all: say nothing rather than complain
            return new Ignored("group photo that could not be downloaded");
        }
        if (download instanceof LineContent.TooLarge large) {
            return new AdapterNote(String.format(PHOTO_TOO_LARGE, Math.max(1, large.limit() / (1024 * 1024))));
        }
        return new AdapterNote(PHOTO_UNAVAILABLE);
    }

    private ToConversation incoming(Event event, String eventKey, LineChat chat, Content c, boolean addressed) {
        Member member = chat.userId() == null ? null
                : new Member(UserId.of(Channel.LINE, chat.userId()), profiles.displayName(chat, chat.userId()));
        Instant at = event.timestamp() == null ? Instant.EPOCH : Instant.ofEpochMilli(event.timestamp());
        String title = profiles.groupName(chat).orElse(null);
        Incoming incoming = new Incoming(eventKey, ChatId.of(Channel.LINE, chat.id()),
                chat.isGroup() ? ChatKind.GROUP : ChatKind.PRIVATE, title, member, null, c, addressed, at);
        return new ToConversation(incoming, true);
    }

    private static boolean mentionsSelf(TextMessageContent text) {
        return text.mention() != null && text.mention().mentionees() != null
                && text.mention().mentionees().stream().anyMatch(LineEventTranslator::isSelf);
    }

    private static boolean isSelf(Mentionee m) {
        return m instanceof UserMentionee u && Boolean.TRUE.equals(u.isSelf());
    }

    /** The text without "@Bot" where it mentions this bot (positions are UTF-16 indexes). */
    static String withoutSelfMentions(TextMessageContent text) {
        String s = text.text() == null ? "" : text.text();
        if (!mentionsSelf(text)) {
            return s.strip();
        }
        List<Mentionee> self = text.mention().mentionees().stream()
                .filter(LineEventTranslator::isSelf)
                .filter(m -> m.index() != null && m.length() != null)
                .sorted(Comparator.comparing(Mentionee::index).reversed())
                .toList();
        StringBuilder sb = new StringBuilder(s);
        for (Mentionee m : self) {
            int start = m.index();
            int end = start + m.length();
            if (start >= 0 && end <= sb.length() && start < end) {
                sb.delete(start, end);
            }
        }
        return sb.toString().replaceAll("[ \\t]{2,}", " ").strip();
    }
}
