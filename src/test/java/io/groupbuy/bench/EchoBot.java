package io.groupbuy.bench;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The baseline: the smallest TelegramBots 10.2.0 bot, long polling with the stock single-thread consumer,
 * echoing every text message with one sendMessage (no store, no rate limiting, errors ignored). Run as its
 * own JVM by LoadBench with the bot jar on the class path (it carries TelegramBots):
 * {@code java -cp target/test-classes:target/groupbuy-bot.jar io.groupbuy.bench.EchoBot}, with
 * TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL (http://127.0.0.1:port) in the environment.
 */
public final class EchoBot {
    private EchoBot() {
    }

    public static void main(String[] args) throws Exception {
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        URI api = URI.create(System.getenv("TELEGRAM_API_URL"));
        TelegramUrl url = new TelegramUrl(api.getScheme(), api.getHost(), api.getPort(), false);
        TelegramClient client = new OkHttpTelegramClient(token, url);
        AtomicLong echoed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        LongPollingSingleThreadUpdateConsumer echo = (Update update) -> {
            if (update.hasMessage() && update.getMessage().hasText()) {
                try {
                    client.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
                            .text(update.getMessage().getText()).build());
                    echoed.incrementAndGet();
                } catch (TelegramApiException e) {
                    failed.incrementAndGet(); // 429 from the fake's flood limits: a minimal bot just drops it
                }
            }
        };
        try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
            app.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), echo);
            System.out.println("echo bot polling " + api);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("echo bot: " + echoed.get()
                    + " echoed, " + failed.get() + " refused")));
            new CountDownLatch(1).await();
        }
    }
}
