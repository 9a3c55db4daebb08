package io.groupbuy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the bot stays quiet, how it answers what it cannot use, and how failures read. */
class QuietAndErrorsScenarioTest {
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};

    private final BotFixture bot = new BotFixture();
    private final ChatSimulator group = bot.group(Channel.TELEGRAM, "-1009");
    private final ChatSimulator.Person anna = group.member("Anna", "en");

    @Test
    void inAGroupChatterIsLeftAlone() {
        assertThat(anna.say("hello everyone, who wants bubble tea?").isEmpty()).isTrue();
        assertThat(anna.say("https://www.example.com/news").isEmpty()).isTrue();
        assertThat(anna.photo(PHOTO, "my cat", false).isEmpty()).isTrue();
        assertThat(group.send(group.incoming(anna, new Content.MembersJoined(List.of(new Member(
                UserId.of(Channel.TELEGRAM, "9"), "New"))), false, "j-1")).isEmpty()).isTrue();
    }

    @Test
    void spokenToInAGroupOrInPrivateItGivesAShortHint() {
        assertThat(group.lastTextAfter(anna.sayToBot("hi bot"))).isEqualTo(
                "Paste a Taobao, Tmall or 1688 link, send a photo, or try /help.\n");
        ChatSimulator dm = bot.privateChat(Channel.TELEGRAM, "42");
        assertThat(dm.lastTextAfter(dm.member("Anna", "en").say("hi"))).contains("Paste a Taobao");
    }

    @Test
    void unknownCommandsGetAShortHint() {
        anna.say("/frobnicate now");
        assertThat(group.lastText()).isEqualTo("I don't know /frobnicate. Send /help to see what I can do.\n");
        anna.say("/CART");
        assertThat(group.lastText()).contains("The cart is empty");
        assertThat(anna.say("/start@SomeOtherBot").isEmpty()).as("for another bot").isTrue();
    }

    @Test
    void manyLinksInOneMessageFitInFiveMessages() {
        StringBuilder text = new StringBuilder("https://item.jd.com/100012043978.html ");
        for (int i = 0; i < 6; i++) {
            String id = "80000000" + (10 + i);
            bot.market.add(io.groupbuy.testing.FakeMarketplace.tshirt(id));
            text.append("https://item.taobao.com/item.htm?id=").append(id).append(' ');
        }
        Reply reply = anna.say(text.toString());
        assertThat(reply.messages()).hasSize(5);
        assertThat(group.lastText()).contains("Sorry, JD isn't supported",
                "I showed the first 4 products and skipped 2 more link(s)");
    }

    @Test
    void oldButtonsAreForgotten() {
        anna.say(BotFixture.TSHIRT_LINK);
        bot.clock.advance(java.time.Duration.ofDays(31));
        assertThat(bot.engine.forgetButtonsOlderThan(java.time.Duration.ofDays(30))).isEqualTo(2);
        anna.press("Red");
        assertThat(group.lastText()).contains("This button has expired");
    }

    @Test
    void unsupportedAndUnresolvableLinksAreAnsweredKindly() {
        anna.say("from JD: https://item.jd.com/100012043978.html");
        assertThat(group.lastText()).isEqualTo(
                "Sorry, JD isn't supported. I can buy from Taobao, Tmall and 1688.\n");
        anna.say("【淘宝】 https://m.tb.cn/h.5Xyz9ab 点击链接");
        assertThat(group.lastText()).contains("I couldn't open that short link");
    }

    @Test
    void aProductThatDoesNotExistIsOneSentenceAndTheOthersStillShow() {
        anna.say("https://item.taobao.com/item.htm?id=111111111 and " + BotFixture.SOCKS_LINK);
        assertThat(group.lastText()).contains("I couldn't find that product. It may have been removed.",
                "Socks " + BotFixture.SOCKS_ID);
    }

    @Test
    void upstreamDownWhileShowingAProductIsASentence() {
        bot.market.unavailableNext(1);
        anna.say(BotFixture.TSHIRT_LINK);
        assertThat(group.lastText()).isEqualTo("PandaPon isn't answering right now. Please try again in a minute.\n");
    }

    @Test
    void photosAreSearchedWhenAddressedOrCaptionedSearch() {
        Reply reply = anna.photo(PHOTO, "/search", false);
        assertThat(reply.messages()).singleElement().isInstanceOf(OutMessage.Cards.class);
        assertThat(group.lastText()).contains("2 results for your photo", "[Choose options]");
        assertThat(anna.photo(PHOTO, null, true).messages()).hasSize(1);
        assertThat(group.lastTextAfter(anna.photo(new byte[0], null, true))).contains("couldn't read that photo");
    }

    @Test
    void searchAloneMakesTheMembersNextPhotoAQuery() {
        assertThat(anna.photo(PHOTO, null, false).isEmpty()).isTrue(); // a group photo, not for the bot
        anna.say("/search");
        assertThat(anna.photo(PHOTO, null, false).messages()).singleElement().isInstanceOf(OutMessage.Cards.class);
        assertThat(anna.photo(PHOTO, null, false).isEmpty()).isTrue(); // only the next one
    }

    @Test
    void photoSearchWithNothingFoundInThaiOnLine() {
        bot.gateway.imageSearchEmpty = true;
        ChatSimulator dm = bot.privateChat(Channel.LINE, "Uabc");
        dm.member("Nok").photo(PHOTO, null, false);
        assertThat(dm.lastText()).isEqualTo("หาสินค้าจากรูปนี้ไม่เจอค่ะ ลองใช้ /search พร้อมคำค้นสั้น ๆ นะคะ\n");
    }

    @Test
    void keywordSearchOnTaobaoByDefaultAnd1688WithTheSwitch() {
        anna.say("/search socks");
        assertThat(group.lastText()).isEqualTo("Nothing found for \"socks\".\n");
        anna.say("/search1688 socks");
        assertThat(group.lastText()).contains("1 results for \"socks\" on 1688", "[1688] Socks");
        anna.say("/search");
        assertThat(group.lastText()).contains("Send the photo now");
    }

    @Test
    void garbageForgedAndForeignButtonsHaveExpired() {
        anna.say(BotFixture.TSHIRT_LINK);
        String real = group.payload("Red").orElseThrow();
        for (String payload : new String[] {"garbage", "b:", "b:AAAAAAAAAAAA", "b:../../etc", "b:" + "x".repeat(500),
                real + "x", "price=1&user=admin"}) {
            anna.pressPayload(payload);
            assertThat(group.lastText()).isEqualTo("This button has expired. Send /cart, or paste the link again.\n");
        }
        ChatSimulator other = bot.group(Channel.TELEGRAM, "-2000");
        other.member("Mallory", "en").pressPayload(real);
        assertThat(other.lastText()).contains("This button has expired");
    }

    @Test
    void aBugBecomesAnApologyWithoutDetails() {
        bot.gateway.searchExplodes = true;
        Reply reply = anna.say("/search anything");
        assertThat(ChatSimulator.text(reply)).isEqualTo(
                "Sorry, something went wrong on my side. Please try again in a moment.\n");
    }

    @Test
    void rateLimitingSaysWhenToTryAgain() {
        bot.gateway.searchRateLimited = true;
        anna.say("/search mug");
        assertThat(group.lastText()).isEqualTo("Too many requests right now. Please try again in 7 seconds.\n");
    }

    @Test
    void theBotGreetsWhenAddedAndForgetsTheChatWhenRemoved() {
        group.send(group.incoming(anna, new Content.BotAdded(), false, "add-1"));
        assertThat(group.lastText()).contains("Hi, I'm PandaBuddy!");
        assertThat(group.send(group.incoming(anna, new Content.BotRemoved(), false, "rm-1")).isEmpty()).isTrue();
        assertThat(bot.chats.find(group.chat)).hasValueSatisfying(c -> assertThat(c.active()).isFalse());
    }

    @Test
    void startIntroducesTheBot() {
        ChatSimulator dm = bot.privateChat(Channel.TELEGRAM, "43");
        dm.member("Anna", "en").say("/start");
        assertThat(dm.lastText()).startsWith("Hi! I'm PandaBuddy.").contains("What I can do");
    }
}
