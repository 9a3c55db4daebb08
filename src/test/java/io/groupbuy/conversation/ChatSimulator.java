package io.groupbuy.conversation;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.render.TranscriptRenderer;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake channel around the engine: members write, send photos and press buttons by their label
 * (the newest message carrying that label wins, as in a chat where people tap what they see), and
 * read what the bot said as plain text.
 */
final class ChatSimulator {
    private static final AtomicLong EVENTS = new AtomicLong();
    private static final TranscriptRenderer TRANSCRIPT = new TranscriptRenderer();

    private final BotFixture bot;
    final ChatId chat;
    private final ChatKind kind;
    private final List<Reply> replies = new ArrayList<>();

    ChatSimulator(BotFixture bot, ChatId chat, ChatKind kind) {
        this.bot = bot;
        this.chat = chat;
        this.kind = kind;
    }

    Person member(String name) {
        return new Person(new Member(UserId.of(chat.channel(), "u-" + name.toLowerCase()), name), null);
    }

    /** A member whose platform reports {@code languageCode} (Telegram's language_code). */
    Person member(String name, String languageCode) {
        return new Person(new Member(UserId.of(chat.channel(), "u-" + name.toLowerCase()), name), languageCode);
    }

    synchronized void received(Reply reply) {
        if (!reply.isEmpty()) {
            replies.add(reply);
        }
    }

    synchronized List<Reply> replies() {
        return List.copyOf(replies);
    }

    /** The last thing the bot said, as plain text. */
    synchronized String lastText() {
        return replies.isEmpty() ? "" : TRANSCRIPT.render(replies.get(replies.size() - 1));
    }

    /** The text of a reply (reads better in assertions than the last reply of the chat). */
    String lastTextAfter(Reply reply) {
        return text(reply);
    }

    static String text(Reply reply) {
        return TRANSCRIPT.render(reply);
    }

    /** The payload of the newest button with exactly this label, else the newest whose label starts so. */
    synchronized Optional<String> payload(String label) {
        Optional<String> exact = find(b -> b.label().equals(label));
        return exact.isPresent() ? exact : find(b -> b.label().startsWith(label));
    }

    private Optional<String> find(java.util.function.Predicate<Button> wanted) {
        for (int i = replies.size() - 1; i >= 0; i--) {
            List<OutMessage> messages = replies.get(i).messages();
            for (int m = messages.size() - 1; m >= 0; m--) {
                for (Button b : buttons(messages.get(m))) {
                    if (!b.isLink() && wanted.test(b)) {
                        return Optional.of(b.payload());
                    }
                }
            }
        }
        return Optional.empty();
    }

    static List<Button> buttons(OutMessage m) {
        List<List<Button>> rows = new ArrayList<>();
        if (m instanceof OutMessage.Text t) {
            rows.addAll(t.buttons());
            rows.add(t.quickReplies());
        } else if (m instanceof OutMessage.ProductCard c) {
            rows.addAll(c.buttons());
        } else if (m instanceof OutMessage.Cards cs) {
            cs.cards().forEach(c -> rows.addAll(c.buttons()));
        } else if (m instanceof OutMessage.Listing l) {
            rows.addAll(l.buttons());
        }
        return rows.stream().flatMap(List::stream).toList();
    }

    Incoming incoming(Person who, Content content, boolean addressed, String eventId) {
        return new Incoming(eventId, chat, kind, "Test group", who.member, who.language, content, addressed,
                bot.clock.instant());
    }

    Reply send(Incoming incoming) {
        Reply reply = bot.engine.handle(incoming);
        received(reply);
        return reply;
    }

    static String nextEventId() {
        return "sim:" + EVENTS.incrementAndGet();
    }

    /** One member of the simulated chat. */
    final class Person {
        final Member member;
        final String language;

        Person(Member member, String language) {
            this.member = member;
            this.language = language;
        }

        UserId id() {
            return member.id();
        }

        Reply say(String text) {
            return send(incoming(this, new Content.Text(text), false, nextEventId()));
        }

        Reply sayToBot(String text) {
            return send(incoming(this, new Content.Text(text), true, nextEventId()));
        }

        Reply photo(byte[] bytes, String caption, boolean addressed) {
            return send(incoming(this, new Content.Photo(bytes, caption), addressed, nextEventId()));
        }

        Reply press(String label) {
            String payload = payload(label).orElseThrow(() -> new AssertionError("no button '" + label
                    + "' in the chat; last reply:\n" + lastText()));
            return pressPayload(payload);
        }

        /** Pastes the T-shirt link and picks colour, size and a quantity button. */
        Reply addTshirt(String colour, String size, int quantity) {
            say(BotFixture.TSHIRT_LINK);
            press(colour);
            press(size);
            return press(Integer.toString(quantity));
        }

        Reply pressPayload(String payload) {
            return send(incoming(this, new Content.ButtonPress(payload), true, nextEventId()));
        }

        /** Runs the text through the engine as the event {@code eventId} (to replay an event). */
        Reply sayAs(String eventId, String text) {
            return send(incoming(this, new Content.Text(text), false, eventId));
        }

        Reply pressAs(String eventId, String payload) {
            return send(incoming(this, new Content.ButtonPress(payload), true, eventId));
        }
    }
}
