package io.groupbuy.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.ChatLanes;
import io.groupbuy.conversation.Conversation;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.testing.InMemoryStores;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The channel around a scripted conversation: what the engine receives and what the room log shows. */
class PlaygroundChannelTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3};

    private final InMemoryStores tx = new InMemoryStores();
    private final List<Incoming> received = new CopyOnWriteArrayList<>();
    private final ChatLanes lanes = new ChatLanes("test-lane", 2);
    private final PlaygroundChannel channel = PlaygroundChannel.create(tx, this::answer, lanes, BotMetrics.noop(),
            Clock.systemUTC());

    /** A stand-in engine: a card for "card", its edit and a notice for a press, a file for "/export". */
    private Reply answer(Incoming in) {
        received.add(in);
        if (in.content() instanceof Content.BotAdded) {
            return Reply.text("welcome");
        }
        if (in.content() instanceof Content.ButtonPress press) {
            return Reply.of(card("pressed " + press.payload())).withNotice("Added");
        }
        if (in.content() instanceof Content.Text t && t.text().equals("card")) {
            return Reply.of(card("choose"));
        }
        if (in.content() instanceof Content.Text t && t.text().equals("/export")) {
            return Reply.of(new OutMessage.Document("cart.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8),
                    "Cart export", RichText.plain("a,b"), null));
        }
        return Reply.NONE;
    }

    private static OutMessage card(String prompt) {
        return new OutMessage.ProductCard("https://img.example/1.jpg", "Taobao", "Dress", "¥1.00", null, List.of(),
                prompt, List.of(List.of(Button.action("Red", "b:red"), Button.link("Shop", "https://shop.example"))),
                "card:1");
    }

    @AfterEach
    void stop() {
        channel.close();
        lanes.close();
    }

    private LogEntry await(String what, Predicate<LogEntry> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (LogEntry e : channel.log().after(0, null).events()) {
                if (wanted.test(e)) {
                    return e;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + what + " in " + channel.log().after(0, null).events());
    }

    private Incoming awaitIncoming(Predicate<Incoming> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (Incoming in : received) {
                if (wanted.test(in)) {
                    return in;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the engine did not receive it; got " + received);
    }

    @Test
    void membersSpeakThroughTheInboxAndTheBotAnswersInTheLog() throws Exception {
        channel.start();
        PlaygroundRoom room = channel.createRoom("Friends", ChatKind.GROUP);
        PlaygroundMember anna = channel.addMember(room.id(), "Anna", "th", false);

        await("the welcome", e -> e.kind().equals(LogEntry.BOT) && e.message().text().get(0).text().equals("welcome"));
        Incoming joined = awaitIncoming(in -> in.content() instanceof Content.MembersJoined);
        assertThat(joined.member().displayName()).isEqualTo("Anna");

        PlaygroundChannel.Accepted said = channel.say(room.id(), anna.id(), "card");
        Incoming in = awaitIncoming(i -> i.eventId().equals("playground:" + said.eventId()));
        assertThat(in.chat()).isEqualTo(ChatId.of(Channel.PLAYGROUND, room.id()));
        assertThat(in.kind()).isEqualTo(ChatKind.GROUP);
        assertThat(in.chatTitle()).isEqualTo("Friends");
        assertThat(in.member().id()).isEqualTo(anna.userId());
        assertThat(in.memberLanguage()).isEqualTo("th");
        assertThat(in.addressed()).isFalse();
        java.util.Optional<InboxEvent> recorded = tx.read(s -> s.inbox().find(PlaygroundChannel.SOURCE,
                said.eventId()));
        assertThat(recorded).hasValueSatisfying(e ->
                assertThat(e.chatKey()).isEqualTo("playground:" + room.id()));

        LogEntry card = await("the card", e -> e.kind().equals(LogEntry.BOT) && "card".equals(e.message().type()));
        assertThat(card.message().buttons().get(0)).extracting(MessageView.Button::label)
                .containsExactly("Red", "Shop");
        assertThat(card.message().buttons().get(0).get(1).url()).isEqualTo("https://shop.example");

        channel.press(room.id(), anna.id(), "b:red", "Red");
        LogEntry edited = await("the edited card", e -> e.id() == card.id() && Boolean.TRUE.equals(e.edited()));
        assertThat(edited.message().prompt()).isEqualTo("pressed b:red");
        LogEntry notice = await("the notice", e -> e.kind().equals(LogEntry.NOTICE));
        assertThat(notice.member().id()).isEqualTo(anna.id());
        assertThat(notice.text()).isEqualTo("Added");
    }

    @Test
    void mentionsAddressTheBotAndItsNameIsTakenOffCommands() throws Exception {
        channel.start();
        PlaygroundRoom room = channel.createRoom("Friends", ChatKind.GROUP);
        PlaygroundMember anna = channel.addMember(room.id(), "Anna", "en", false);

        channel.say(room.id(), anna.id(), "hey @bot what now");
        channel.say(room.id(), anna.id(), "/cart@bot please");
        channel.say(room.id(), anna.id(), "mail me at anna@bot.example");

        assertThat(awaitIncoming(i -> i.content() instanceof Content.Text t && t.text().startsWith("hey"))
                .addressed()).isTrue();
        assertThat(awaitIncoming(i -> i.content() instanceof Content.Text t && t.text().startsWith("/cart")).content())
                .isEqualTo(new Content.Text("/cart please"));
        assertThat(awaitIncoming(i -> i.content() instanceof Content.Text t && t.text().startsWith("mail"))
                .addressed()).isFalse();
    }

    @Test
    void photosAndFilesAreKeptForThePage() throws Exception {
        channel.start();
        PlaygroundRoom room = channel.createRoom(null, ChatKind.PRIVATE);
        PlaygroundMember anna = channel.addMember(room.id(), "Anna", "en", false);

        PlaygroundChannel.Accepted photo = channel.sendPhoto(room.id(), anna.id(), PNG, "this one", true);
        Incoming in = awaitIncoming(i -> i.content() instanceof Content.Photo);
        assertThat(((Content.Photo) in.content()).bytes()).isEqualTo(PNG);
        assertThat(((Content.Photo) in.content()).caption()).isEqualTo("this one");
        assertThat(in.kind()).isEqualTo(ChatKind.PRIVATE);
        String photoId = photo.entry().photo().url().substring("/playground/api/files/".length());
        assertThat(channel.files().get(photoId)).hasValueSatisfying(f ->
                assertThat(f.contentType()).isEqualTo("image/png"));

        channel.say(room.id(), anna.id(), "/export");
        LogEntry doc = await("the file", e -> e.message() != null && "document".equals(e.message().type()));
        assertThat(doc.message().fileName()).isEqualTo("cart.csv");
        assertThat(doc.message().size()).isEqualTo(4);
        String fileId = doc.message().url().substring("/playground/api/files/".length());
        assertThat(channel.files().get(fileId)).hasValueSatisfying(f -> {
            assertThat(f.contentType()).isEqualTo("text/csv");
            assertThat(f.fileName()).isEqualTo("cart.csv");
        });
    }

    @Test
    void newsIsShownOnceAndNewsForAGoneRoomIsDropped() throws Exception {
        PlaygroundRoom room = channel.createRoom("Friends", ChatKind.GROUP);
        Reply news = Reply.text("Order #1 shipped");

        channel.outbound().send(room.chatId(), news, "news:1");
        channel.outbound().send(room.chatId(), news, "news:1");
        channel.outbound().send(ChatId.of(Channel.PLAYGROUND, "room-99"), news, "news:2");

        assertThat(channel.log().after(0, room.id()).events()).filteredOn(e -> e.kind().equals(LogEntry.BOT))
                .singleElement().satisfies(e ->
                        assertThat(e.message().text().get(0).text()).isEqualTo("Order #1 shipped"));
        assertThatThrownBy(() -> channel.outbound().send(ChatId.telegram(-1), news, "news:3"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventOfARoomThatIsGoneIsKeptUnmatched() throws Exception {
        tx.write(s -> s.inbox().offer(InboxEvent.received(PlaygroundChannel.SOURCE, "old-event", "playground:room-9",
                "{\"type\":\"text\",\"room\":\"room-9\",\"member\":\"m-1\",\"name\":\"Anna\",\"text\":\"hi\"}",
                Clock.systemUTC().instant())));
        channel.start();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (tx.<Long>read(s -> s.inbox().count(PlaygroundChannel.SOURCE, InboxEvent.State.UNMATCHED)) == 0) {
            assertThat(System.nanoTime()).as("kept unmatched within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(received).isEmpty();
        assertThat(channel.status().healthy()).isTrue();
        assertThat(channel.status().channel()).isEqualTo("playground");
    }
}
