package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.testing.line.Fault;
import io.groupbuy.testing.line.LineEndpoint;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.LineWebhooks;
import io.groupbuy.testing.line.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineEventMappingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ScriptedConversation conversation = new ScriptedConversation();
    private final LineHarness h = new LineHarness(conversation);
    private final String group = LineIds.groupId();
    private final String somchai = LineIds.userId();
    private final String malee = LineIds.userId();

    @AfterEach
    void stop() {
        h.close();
    }

    private Incoming only() {
        return conversation.awaitReceived(1, WAIT).get(0);
    }

    @Test
    void aGroupTextBecomesAnIncomingWithTheMembersDisplayName() {
        h.line.registerMember(group, somchai, "สมชาย");
        h.line.registerGroup(group, "กลุ่มหิ้วของจีน");
        WebhookEvent e = h.hooks.text(LineSource.group(group, somchai), "https://item.taobao.com/item.htm?id=1");

        h.post(e);
        Incoming in = only();

        assertThat(in.eventId()).isEqualTo("line:" + e.webhookEventId());
        assertThat(in.chat()).isEqualTo(ChatId.of(Channel.LINE, group));
        assertThat(in.kind()).isEqualTo(ChatKind.GROUP);
        assertThat(in.chatTitle()).isEqualTo("กลุ่มหิ้วของจีน");
        assertThat(in.member()).isEqualTo(new Member(UserId.of(Channel.LINE, somchai), "สมชาย"));
        assertThat(in.memberLanguage()).isNull();
        assertThat(in.content()).isEqualTo(new Content.Text("https://item.taobao.com/item.htm?id=1"));
        assertThat(in.addressed()).isFalse();
        assertThat(in.at()).isEqualTo(Instant.ofEpochMilli(e.timestamp()));
    }

    @Test
    void displayNamesAreFetchedOncePerMember() {
        h.line.registerMember(group, somchai, "สมชาย");
        h.line.registerMember(group, malee, "มาลี");

        h.post(h.hooks.text(LineSource.group(group, somchai), "1"), h.hooks.text(LineSource.group(group, malee), "2"),
                h.hooks.text(LineSource.group(group, somchai), "3"), h.hooks.text(LineSource.group(group, malee), "4"));
        List<Incoming> all = conversation.awaitReceived(4, WAIT);

        assertThat(all).extracting(i -> i.member().displayName()).containsExactly("สมชาย", "มาลี", "สมชาย", "มาลี");
        assertThat(h.line.requests(LineEndpoint.GROUP_MEMBER_PROFILE)).hasSize(2);
    }

    @Test
    void aFailedProfileLookupGivesANeutralNameAndIsTriedAgainLater() {
        h.line.registerMember(group, somchai, "สมชาย");
        h.line.failNext(LineEndpoint.GROUP_MEMBER_PROFILE, 1, Fault.serverError());

        h.post(h.hooks.text(LineSource.group(group, somchai), "1"));
        conversation.awaitReceived(1, WAIT);
        h.post(h.hooks.text(LineSource.group(group, somchai), "2"));
        List<Incoming> all = conversation.awaitReceived(2, WAIT);

        assertThat(all.get(0).member().displayName()).startsWith("สมาชิก …").endsWith(somchai.substring(29));
        assertThat(all.get(1).member().displayName()).isEqualTo("สมชาย");
    }

    @Test
    void roomsAndOneToOneChatsUseTheirOwnProfileEndpoints() {
        String room = LineIds.roomId();
        h.line.registerMember(room, malee, "มาลี");
        h.line.registerProfile(somchai, "สมชาย", "th");

        h.post(h.hooks.text(LineSource.room(room, malee), "ห้อง"));
        h.post(h.hooks.text(LineSource.user(somchai), "ส่วนตัว"));
        List<Incoming> all = conversation.awaitReceived(2, WAIT);

        Incoming inRoom = all.stream().filter(i -> i.chat().id().equals(room)).findFirst().orElseThrow();
        Incoming alone = all.stream().filter(i -> i.chat().id().equals(somchai)).findFirst().orElseThrow();
        assertThat(inRoom.kind()).isEqualTo(ChatKind.GROUP);
        assertThat(inRoom.member().displayName()).isEqualTo("มาลี");
        assertThat(alone.kind()).isEqualTo(ChatKind.PRIVATE);
        assertThat(alone.member().displayName()).isEqualTo("สมชาย");
        assertThat(alone.addressed()).isTrue();
    }

    @Test
    void aMentionOfTheBotIsAddressedAndCutFromTheText() {
        WebhookEvent plain = h.hooks.text(LineSource.group(group, somchai), "@ร้านหิ้ว /cart");
        ObjectNode json = (ObjectNode) plain.json();
        ObjectNode mentionee = ((ObjectNode) json.get("message")).putObject("mention").putArray("mentionees").addObject();
        mentionee.put("index", 0).put("length", 9).put("type", "user").put("userId", h.hooks.destination())
                .put("isSelf", true);
        byte[] body = ("{\"destination\":\"" + h.hooks.destination() + "\",\"events\":[" + json + "]}")
                .getBytes(StandardCharsets.UTF_8);

        h.postRaw(body, LineWebhooks.sign(LineHarness.SECRET, body));
        Incoming in = only();

        assertThat(in.content()).isEqualTo(new Content.Text("/cart"));
        assertThat(in.addressed()).isTrue();
    }

    @Test
    void commandsAndButtonPressesAreAddressed() {
        h.post(h.hooks.text(LineSource.group(group, somchai), "/setup"));
        h.post(h.hooks.postback(LineSource.group(group, somchai), "b:7Qx2"));
        List<Incoming> all = conversation.awaitReceived(2, WAIT);

        assertThat(all).extracting(Incoming::addressed).containsExactly(true, true);
        assertThat(all.get(1).content()).isEqualTo(new Content.ButtonPress("b:7Qx2"));
    }

    @Test
    void joinLeaveFollowAndMembersJoined() {
        h.line.registerMember(group, malee, "มาลี");

        h.post(h.hooks.join(LineSource.group(group)));
        h.post(h.hooks.memberJoined(LineSource.group(group), malee));
        h.post(h.hooks.follow(somchai));
        h.post(h.hooks.leave(LineSource.group(group)));
        List<Incoming> all = conversation.awaitReceived(4, WAIT);

        List<Incoming> inGroup = all.stream().filter(i -> i.chat().id().equals(group)).toList();
        assertThat(inGroup).extracting(i -> i.content().getClass().getSimpleName())
                .containsExactly("BotAdded", "MembersJoined", "BotRemoved");
        assertThat(inGroup.get(0).member()).isNull();
        assertThat(((Content.MembersJoined) inGroup.get(1).content()).members())
                .containsExactly(new Member(UserId.of(Channel.LINE, malee), "มาลี"));
        Incoming followed = all.stream().filter(i -> i.chat().id().equals(somchai)).findFirst().orElseThrow();
        assertThat(followed.content()).isInstanceOf(Content.BotAdded.class);
        assertThat(followed.kind()).isEqualTo(ChatKind.PRIVATE);
    }

    @Test
    void stickersAreIgnored() {
        WebhookEvent text = h.hooks.text(LineSource.group(group, somchai), "x");
        ObjectNode json = (ObjectNode) text.json();
        ((ObjectNode) json.get("message")).put("type", "sticker").put("packageId", "446").put("stickerId", "1988")
                .remove("text");
        byte[] body = ("{\"destination\":\"d\",\"events\":[" + json + "]}").getBytes(StandardCharsets.UTF_8);

        h.postRaw(body, LineWebhooks.sign(LineHarness.SECRET, body));
        h.awaitIdle();

        assertThat(conversation.received()).isEmpty();
        assertThat(h.line.delivered()).isEmpty();
        long unmatched = h.tx.read(s -> s.inbox().count("line", InboxEvent.State.UNMATCHED));
        assertThat(unmatched).isEqualTo(1);
    }
}
