package io.groupbuy.telegram;

import static io.groupbuy.telegram.TelegramTestBed.ADMIN;
import static io.groupbuy.telegram.TelegramTestBed.ALICE;
import static io.groupbuy.telegram.TelegramTestBed.BOB;
import static io.groupbuy.telegram.TelegramTestBed.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.testing.telegram.AnsweredCallbackQuery;
import io.groupbuy.testing.telegram.ChatMemberStatus;
import io.groupbuy.testing.telegram.SentMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Long polling against the Bot API fake with the real TelegramBots client and long-polling application. */
class TelegramPollingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long PRIVATE = 1002L;

    private TelegramTestBed bed;
    private TelegramChannel channel;

    @BeforeEach
    void start() {
        bed = new TelegramTestBed();
        channel = bed.start();
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void updatesOfEachChatAreHandledOnceInOrderAndRepliesGoOut() {
        for (int i = 1; i <= 5; i++) {
            bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "group " + i);
            bed.fake.pushText(PRIVATE, "private", "Alice", ALICE, "Alice", "en", "private " + i);
        }
        Await.until(() -> bed.conversation.seen().size() == 10, () -> "10 updates, have " + bed.conversation.seen());

        assertThat(bed.conversation.texts(GROUP))
                .containsExactly("group 1", "group 2", "group 3", "group 4", "group 5");
        assertThat(bed.conversation.texts(PRIVATE))
                .containsExactly("private 1", "private 2", "private 3", "private 4", "private 5");
        assertThat(bed.conversation.seen().stream().map(Incoming::eventId).distinct()).hasSize(10);
        List<SentMessage> replies = bed.fake.awaitSent(GROUP, 5, WAIT);
        assertThat(replies).extracting(SentMessage::plainText)
                .containsExactly("echo: group 1", "echo: group 2", "echo: group 3", "echo: group 4", "echo: group 5");
        Await.until(() -> bed.inbox(InboxEvent.State.DONE) == 10, () -> "all 10 events done");

        Incoming first = bed.conversation.inChat(GROUP).get(0);
        assertThat(first.kind()).isEqualTo(ChatKind.GROUP);
        assertThat(first.chat()).isEqualTo(ChatId.telegram(GROUP));
        assertThat(first.member().id()).isEqualTo(UserId.of(io.groupbuy.core.Channel.TELEGRAM, "1002"));
        assertThat(first.member().displayName()).isEqualTo("Alice");
        assertThat(first.memberLanguage()).isEqualTo("en");
        assertThat(first.chatTitle()).isEqualTo("Buyers");
        assertThat(first.addressed()).isFalse();
        assertThat(bed.conversation.inChat(PRIVATE).get(0).kind()).isEqualTo(ChatKind.PRIVATE);
        assertThat(bed.conversation.inChat(PRIVATE).get(0).addressed()).isTrue();
        assertThat(bed.count("groupbuy.updates.received")).isEqualTo(10);
    }

    @Test
    void commandsWithAndWithoutOurNameReachTheEngineAndOtherBotsCommandsDoNot() {
        String me = bed.fake.botUsername();
        bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "/cart@" + me);
        bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "/cart@other_bot");
        bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "/add@" + me.toUpperCase() + " 2 red");
        bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "/cart");
        bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "hey @" + me + " look");
        bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "last");

        Await.until(() -> bed.conversation.seen().size() == 5, () -> "5 texts, have " + bed.conversation.seen());
        assertThat(bed.conversation.texts(GROUP))
                .containsExactly("/cart", "/add 2 red", "/cart", "hey @" + me + " look", "last");
        assertThat(bed.conversation.inChat(GROUP)).extracting(Incoming::addressed)
                .containsExactly(true, true, true, true, false);
        Await.until(() -> bed.inbox(InboxEvent.State.DONE) == 6, () -> "the other bot's command is done too");
        assertThat(bed.fake.awaitSent(GROUP, 5, WAIT)).extracting(SentMessage::plainText)
                .doesNotContain("echo: /cart@other_bot");
    }

    @Test
    void aPhotoIsFetchedThroughTheFileEndpointOfTheConfiguredServer() {
        byte[] image = TelegramTestBed.jpeg(640, 480);
        String fileId = bed.fake.registerPhoto(image);
        bed.fake.pushPhoto(GROUP, "supergroup", "Buyers", BOB, "Bob", "th", fileId, "like this");

        Await.until(() -> bed.conversation.seen().size() == 1, () -> "the photo");
        Content.Photo photo = (Content.Photo) bed.conversation.seen().get(0).content();
        assertThat(photo.bytes()).isEqualTo(image);
        assertThat(photo.caption()).isEqualTo("like this");
        assertThat(bed.fake.calls("getFile")).hasSize(1);
        assertThat(bed.fake.calls("downloadFile")).hasSize(1);
        assertThat(bed.fake.awaitSent(GROUP, 1, WAIT).get(0).plainText()).startsWith("photo of " + image.length);
    }

    @Test
    void aPhotoOverTheCapReachesTheEngineAsUnreadable() {
        bed.close();
        bed = new TelegramTestBed();
        bed.start(bed.settings().withMaxPhotoBytes(1000), bed.conversation);
        String fileId = bed.fake.registerPhoto(TelegramTestBed.jpeg(800, 800));
        bed.fake.pushPhoto(GROUP, "supergroup", "Buyers", BOB, "Bob", "th", fileId, null);

        Await.until(() -> bed.conversation.seen().size() == 1, () -> "the photo");
        assertThat(((Content.Photo) bed.conversation.seen().get(0).content()).bytes()).isEmpty();
    }

    @Test
    void aButtonPressIsAnsweredWithTheNoticeAndReachesTheEngine() {
        bed.fake.addChat(GROUP, "supergroup", "Buyers");
        channel.outbound().send(ChatId.telegram(GROUP), Reply.of(new OutMessage.Text(RichText.plain("pick"),
                List.of(List.of(Button.action("Red", "sku:red"))), List.of(), null)), "k1");
        SentMessage withButton = bed.fake.awaitSent(GROUP, 1, WAIT).get(0);
        bed.fake.addUser(ALICE, "Alice", "en");
        long update = bed.fake.pushCallbackQuery(GROUP, ALICE, withButton.messageId(), "sku:red");

        Await.until(() -> !bed.fake.answeredCallbackQueries().isEmpty(), () -> "an answer");
        AnsweredCallbackQuery answer = bed.fake.answeredCallbackQueries().get(0);
        assertThat(answer.callbackQueryId()).isEqualTo(bed.fake.callbackQueryId(update));
        assertThat(answer.text()).isEqualTo("noted sku:red");
        assertThat(bed.conversation.seen().get(0).content()).isEqualTo(new Content.ButtonPress("sku:red"));
        assertThat(bed.conversation.seen().get(0).addressed()).isTrue();
        assertThat(bed.fake.awaitSent(GROUP, 2, WAIT).get(1).plainText()).isEqualTo("pressed sku:red");
    }

    @Test
    void aSlowEngineDoesNotKeepTheSpinnerTurning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        bed.conversation.script(in -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.text("done").withNotice("too late to show");
        });
        bed.fake.addChat(GROUP, "supergroup", "Buyers");
        channel.outbound().send(ChatId.telegram(GROUP), Reply.of(new OutMessage.Text(RichText.plain("pick"),
                List.of(List.of(Button.action("Go", "go"))), List.of(), null)), "k2");
        int messageId = bed.fake.awaitSent(GROUP, 1, WAIT).get(0).messageId();
        bed.fake.addUser(ALICE, "Alice", "en");
        bed.fake.pushCallbackQuery(GROUP, ALICE, messageId, "go");

        Await.until(() -> !bed.fake.answeredCallbackQueries().isEmpty(), () -> "an answer while the engine works");
        assertThat(release.getCount()).isEqualTo(1);
        assertThat(bed.fake.answeredCallbackQueries().get(0).text()).isNull();
        release.countDown();
        bed.fake.awaitSent(GROUP, 2, WAIT);
        assertThat(bed.fake.answeredCallbackQueries()).hasSize(1);
    }

    @Test
    void theBotAddedAndRemovedAndPeopleJoining() {
        bed.fake.pushMyChatMember(GROUP, "supergroup", "Buyers", true, ADMIN, "Ann");
        Await.until(() -> bed.conversation.seen().size() == 1, () -> "bot added");
        assertThat(bed.conversation.seen().get(0).content()).isInstanceOf(Content.BotAdded.class);
        assertThat(bed.fake.awaitSent(GROUP, 1, WAIT).get(0).plainText()).isEqualTo("hello");

        bed.fake.pushNewChatMembers(GROUP, "supergroup", "Buyers", ADMIN, "Ann",
                List.of(io.groupbuy.testing.telegram.FakeUser.of(BOB, "Bob", "th"), bed.fake.botUser()));
        Await.until(() -> bed.conversation.seen().size() == 2, () -> "members joined");
        assertThat(bed.conversation.seen().get(1).content()).isInstanceOfSatisfying(Content.MembersJoined.class,
                j -> assertThat(j.members()).extracting(m -> m.id().id()).containsExactly(Long.toString(BOB)));

        bed.fake.pushMyChatMember(GROUP, "supergroup", "Buyers", false, ADMIN, "Ann");
        Await.until(() -> bed.conversation.seen().size() == 3, () -> "bot removed");
        assertThat(bed.conversation.seen().get(2).content()).isInstanceOf(Content.BotRemoved.class);
    }

    @Test
    void adminRoleComesFromGetChatAdministratorsAndIsCached() {
        bed.fake.addChat(GROUP, "supergroup", "Buyers");
        bed.fake.setChatMember(GROUP, ADMIN, "Ann", ChatMemberStatus.CREATOR);
        bed.fake.setChatMember(GROUP, ALICE, "Alice", ChatMemberStatus.MEMBER);
        ChatId group = ChatId.telegram(GROUP);

        assertThat(channel.admins().isAdmin(group, user(ADMIN))).contains(true);
        assertThat(channel.admins().isAdmin(group, user(ALICE))).contains(false);
        assertThat(channel.admins().isAdmin(group, user(ADMIN))).contains(true);
        assertThat(bed.fake.calls("getChatAdministrators")).hasSize(1);
        assertThat(channel.admins().isAdmin(ChatId.telegram(ALICE), user(ALICE))).contains(true);
        assertThat(channel.admins().isAdmin(ChatId.telegram(-42L), user(ALICE)))
                .as("unknown chat: Telegram says chat not found").isEqualTo(Optional.empty());
    }

    @Test
    void aFailureWhileProcessingDoesNotStopPolling() {
        bed.conversation.script(in -> {
            if (in.content() instanceof Content.Text t && t.text().equals("boom")) {
                throw new IllegalStateException("engine bug");
            }
            return ScriptedConversation.echo(in);
        });
        bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "boom");
        Await.until(() -> bed.conversation.seen().size() == 1, () -> "boom");
        bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "still there?");
        assertThat(bed.fake.awaitSent(GROUP, 1, WAIT).get(0).plainText()).isEqualTo("echo: still there?");
        assertThat(channel.status().healthy()).isTrue();
    }

    private static UserId user(long id) {
        return UserId.of(io.groupbuy.core.Channel.TELEGRAM, Long.toString(id));
    }
}
