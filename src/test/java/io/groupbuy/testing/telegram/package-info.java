/**
 * A fake of the Telegram Bot API for tests and benchmarks: {@link io.groupbuy.testing.telegram.TelegramBotApiFake}
 * serves {@code /bot<token>/<method>} and {@code /file/bot<token>/<path>} on 127.0.0.1 so that the real
 * TelegramBots client and long-polling application (or the bot jar in another process) can run against it.
 *
 * <pre>{@code
 * try (TelegramBotApiFake telegram = TelegramBotApiFake.start()) {
 *   TelegramUrl url = new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
 *   // start the bot with telegram.token() and url ...
 *   telegram.pushText(-100123L, "supergroup", "Buyers", 42L, "Somchai", "th",
 *       "/add https://item.taobao.com/item.htm?id=1");
 *   SentMessage reply = telegram.awaitSent(-100123L, 1, Duration.ofSeconds(10)).get(0);
 *   telegram.pushCallbackQuery(-100123L, 42L, reply.messageId(), reply.callbackData().get(0));
 *   telegram.awaitCall(c -> c.method().equals("answerCallbackQuery"), Duration.ofSeconds(10));
 * }
 * }</pre>
 */
package io.groupbuy.testing.telegram;
