package io.groupbuy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many members tapping at once in one chat (the engine is normally called on the chat's lane, but must
 * stay correct even when it is not): no update is lost, nothing is added twice.
 */
class ConcurrencyScenarioTest {
    @Test
    void twentyThreadsAddingToOneCartLoseNothing() throws Exception {
        BotFixture bot = new BotFixture();
        ChatSimulator group = bot.group(Channel.TELEGRAM, "-1011");
        ChatSimulator.Person first = group.member("M0", "en");
        first.say(BotFixture.SOCKS_LINK);
        first.press("M");
        String addTwo = group.payload("2").orElseThrow();
        List<ChatSimulator.Person> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(group.member("M" + i, "en"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<String>> taps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ChatSimulator.Person who = members.get(i % 4);
            taps.add(() -> ChatSimulator.text(who.pressPayload(addTwo)));
        }
        List<Future<String>> results = pool.invokeAll(taps);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        for (Future<String> r : results) {
            assertThat(r.get()).contains("× Socks");
        }
        List<CartLine> lines = bot.carts.view(group.chat).lines();
        assertThat(lines).hasSize(4).allSatisfy(l -> assertThat(l.quantity()).isEqualTo(10));
    }

    @Test
    void replayedEventsFromManyThreadsApplyOnce() throws Exception {
        BotFixture bot = new BotFixture();
        ChatSimulator group = bot.group(Channel.TELEGRAM, "-1012");
        ChatSimulator.Person anna = group.member("Anna", "en");
        anna.say(BotFixture.SOCKS_LINK);
        anna.press("S");
        String addThree = group.payload("3").orElseThrow();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> replays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replays.add(() -> ChatSimulator.text(anna.pressAs("telegram:555", addThree)));
        }
        pool.invokeAll(replays);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(bot.carts.view(group.chat).lines()).singleElement()
                .extracting(CartLine::quantity).isEqualTo(3);
    }
}
