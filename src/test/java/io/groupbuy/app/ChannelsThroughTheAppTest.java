package io.groupbuy.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.app.config.ConfigLoader;
import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.LineApiFake;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.LineWebhooks;
import io.groupbuy.testing.telegram.ChatMemberStatus;
import io.groupbuy.testing.telegram.InlineButton;
import io.groupbuy.testing.telegram.SentMessage;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as {@code run} builds it, with both channels on their fakes: a Telegram group buys through
 * links and buttons with the group administrator checking out; a LINE group sets itself up and gets
 * a product card in Thai by reply.
 */
class ChannelsThroughTheAppTest {
    private static final long GROUP = -1009876543210L;
    private static final long MEMBER = 501;
    private static final long GROUP_ADMIN = 502;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private TelegramBotApiFake telegram;
    private LineApiFake line;
    private BotApp app;

    @BeforeEach
    void start() {
        telegram = TelegramBotApiFake.start();
        telegram.addChat(GROUP, "supergroup", "Bangkok friends");
        telegram.setChatMember(GROUP, GROUP_ADMIN, "Nok", ChatMemberStatus.ADMINISTRATOR);
        telegram.setChatMember(GROUP, MEMBER, "Ploy", ChatMemberStatus.MEMBER);
        line = LineApiFake.start("line-channel-token");
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", TelegramBotApiFake.DEFAULT_TOKEN);
        env.put("TELEGRAM_API_URL", telegram.baseUrl());
        env.put("LINE_CHANNEL_SECRET", "line-channel-secret");
        env.put("LINE_CHANNEL_TOKEN", "line-channel-token");
        env.put("LINE_API_URL", line.baseUrl());
        env.put("LINE_DATA_API_URL", line.dataBaseUrl());
        env.put("BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("bot.db"));
        env.put("BOT_HTTP_HOST", "127.0.0.1");
        env.put("BOT_HTTP_PORT", "0");
        env.put("PANDAPON_SANDBOX_PORT", "0");
        app = BotApp.start(ConfigLoader.load(env, dir), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        app.close();
        telegram.close();
        line.close();
    }

    @Test
    void aTelegramGroupBuysAndItsAdministratorChecksOut() {
        telegram.pushText(GROUP, "supergroup", "Bangkok friends", MEMBER, "Ploy", "en",
                "look https://item.taobao.com/item.htm?id=698765432109 nice");
        telegram.awaitMessage(GROUP, m -> !m.buttons().isEmpty(), WAIT);
        for (int step = 0; step < 4; step++) {
            // the card is edited in place, or sent anew when the chosen option has its own picture
            SentMessage card = latestWithButtons();
            Optional<InlineButton> quantity = card.buttons().stream().filter(b -> b.text().equals("1")).findFirst();
            InlineButton tap = quantity.orElseGet(() -> card.buttons().get(0));
            int sent = telegram.calls().size();
            telegram.pushCallbackQuery(GROUP, MEMBER, "Ploy", "en", card.messageId(), tap.callbackData());
            if (quantity.isPresent()) {
                break;
            }
            telegram.await(() -> telegram.calls().stream().skip(sent).anyMatch(c -> c.method().startsWith("edit")
                    || c.method().startsWith("send")), WAIT);
            telegram.await(() -> !latestWithButtons().buttons().equals(card.buttons()), WAIT);
        }
        telegram.awaitMessage(GROUP, m -> m.plainText() != null && m.plainText().contains("Ploy added 1 ×"), WAIT);

        telegram.pushText(GROUP, "supergroup", "Bangkok friends", MEMBER, "Ploy", "en", "/checkout");
        telegram.awaitMessage(GROUP, m -> m.plainText() != null && m.plainText().contains("only an admin"), WAIT);

        telegram.pushText(GROUP, "supergroup", "Bangkok friends", GROUP_ADMIN, "Nok", "en", "/checkout@"
                + telegram.botUsername());
        SentMessage summary = telegram.awaitMessage(GROUP, m -> m.button("✅ Confirm & pay").isPresent(), WAIT);
        telegram.pushCallbackQuery(GROUP, GROUP_ADMIN, "Nok", "en", summary.messageId(),
                summary.button("✅ Confirm & pay").orElseThrow().callbackData());
        telegram.awaitMessage(GROUP, m -> m.plainText() != null && m.plainText().contains("placed and paid"), WAIT);
        assertThat(app.sandbox().admin().stats().ordersCreated()).isEqualTo(1);
        assertThat(app.health().ready()).isTrue();
    }

    private SentMessage latestWithButtons() {
        List<SentMessage> all = telegram.sentMessages(GROUP);
        for (int i = all.size() - 1; i >= 0; i--) {
            SentMessage m = telegram.sentMessage(GROUP, all.get(i).messageId()).orElseThrow();
            if (!m.buttons().isEmpty()) {
                return m;
            }
        }
        throw new AssertionError("no message with buttons");
    }

    @Test
    void aLineGroupSetsItselfUpAndGetsCardsInThaiByReply() {
        String group = LineIds.groupId();
        String nok = LineIds.userId();
        line.registerMember(group, nok, "น้อย");
        LineWebhooks hooks = LineWebhooks.forFake(line);
        URI webhook = URI.create("http://127.0.0.1:" + app.httpPort() + "/line/webhook");

        assertThat(hooks.signed("line-channel-secret", hooks.text(LineSource.group(group, nok), "/setup"))
                .post(webhook).status()).isEqualTo(200);
        line.await(d -> group.equals(d.to()) && d.text() != null && d.text().contains("แอดมิน"), WAIT);
        assertThat(hooks.signed("line-channel-secret", hooks.text(LineSource.group(group, nok),
                "https://detail.1688.com/offer/706627393257.html")).post(webhook).status()).isEqualTo(200);
        Delivered card = line.await(d -> group.equals(d.to()) && "flex".equals(d.type()), WAIT);
        assertThat(card.via()).isEqualTo(Delivered.Via.REPLY);
        assertThat(card.postbackData()).isNotEmpty();
        assertThat(hooks.signed("wrong-secret", hooks.text(LineSource.group(group, nok), "/cart"))
                .post(webhook).status()).isEqualTo(401);
        List<Delivered> all = line.deliveredTo(group);
        assertThat(all).allSatisfy(d -> assertThat(d.via()).isEqualTo(Delivered.Via.REPLY));
    }
}
