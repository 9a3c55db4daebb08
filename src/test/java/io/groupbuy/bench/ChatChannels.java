package io.groupbuy.bench;

import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.LineApiFake;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.LineWebhooks;
import io.groupbuy.testing.line.SignedWebhook;
import io.groupbuy.testing.line.WebhookEvent;
import io.groupbuy.testing.telegram.SentMessage;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Telegram member (long polling) and a LINE member writing while the database cannot be written:
 * what each gets during the fault, and after it.
 */
final class ChatChannels implements AutoCloseable {
    private static final long CHAT = -1_003_000_000_000L;
    private static final String GROUP = String.format("C%032x", 0xd15cL);
    private static final String USER = String.format("U%032x", 0xd15dL);

    private final TelegramBotApiFake tg = TelegramBotApiFake.start();
    private final LineApiFake line = LineApiFake.start(LineFaults.TOKEN);
    private final LineWebhooks hooks = LineWebhooks.forFake(line);
    private final List<String> outcome = new ArrayList<>();
    private WebhookEvent lineEvent;
    private long faultEnded;

    void configure(InProcessBot bot) {
        bot.with("TELEGRAM_BOT_TOKEN", tg.token()).with("TELEGRAM_API_URL", tg.baseUrl())
                .with("LINE_CHANNEL_SECRET", LineFaults.SECRET).with("LINE_CHANNEL_TOKEN", LineFaults.TOKEN)
                .with("LINE_API_URL", line.baseUrl()).with("LINE_DATA_API_URL", line.dataBaseUrl());
        tg.addChat(CHAT, "supergroup", "Disk group");
        line.registerGroup(GROUP, "Disk group");
    }

    void duringFault(InProcessBot bot) throws InterruptedException {
        tg.pushText(CHAT, "supergroup", "Disk group", 8_001, "Nok", "th", "/xdiskfulltelegram");
        lineEvent = hooks.text(LineSource.group(GROUP, USER), "/xdiskfullline");
        SignedWebhook signed = hooks.signed(LineFaults.SECRET, lineEvent);
        int status = signed.post(URI.create(bot.baseUrl() + "/line/webhook")).status();
        Thread.sleep(5_000);
        outcome.add("during the fault: Telegram member answered " + answered() + " (the update stays unconfirmed at"
                + " Telegram); LINE webhook answered " + status + ", member answered " + lineAnswered());
    }

    void afterFault(InProcessBot bot) throws InterruptedException {
        faultEnded = System.nanoTime();
        SignedWebhook again = hooks.signed(LineFaults.SECRET, hooks.redelivery(lineEvent));
        int status = again.post(URI.create(bot.baseUrl() + "/line/webhook")).status();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while ((!answered() || !lineAnswered()) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        outcome.add(String.format("after: the Telegram member's message answered %s (%.1f s after the disk came back,"
                + " from Telegram's own queue); LINE redelivery answered %d, member answered %s", answered(),
                (System.nanoTime() - faultEnded) / 1e9, status, lineAnswered()));
    }

    private boolean answered() {
        return tg.sentMessages(CHAT).stream().map(SentMessage::plainText)
                .anyMatch(t -> t != null && t.contains("/xdiskfulltelegram"));
    }

    private boolean lineAnswered() {
        return line.delivered().stream().map(Delivered::text).anyMatch(t -> t != null && t.contains("/xdiskfullline"));
    }

    List<String> outcome() {
        return outcome;
    }

    @Override
    public void close() {
        tg.close();
        line.close();
    }
}
