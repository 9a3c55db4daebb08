/**
 * Test peers for LINE: {@link io.groupbuy.testing.line.LineApiFake}, a fake Messaging API (and data
 * API) on 127.0.0.1 that the real LINE SDK talks to through {@code .apiEndPoint(URI)}, and
 * {@link io.groupbuy.testing.line.LineWebhooks} / {@link io.groupbuy.testing.line.WebhookPoster},
 * which build, sign and send webhook bodies shaped like the reference's examples.
 *
 * <p>Typical end-to-end test: start the fake, point the bot at {@code baseUrl()} and
 * {@code dataBaseUrl()}, post a signed event built with {@code LineWebhooks.forFake(fake)} to the
 * bot's {@code /line/webhook}, then {@code fake.await(d -> ..., Duration.ofSeconds(10))} for what
 * the bot answered. Reply tokens in built events are issued by the fake, so the bot's replies are
 * checked like LINE checks them (single use, expiry, redelivery).
 */
package io.groupbuy.testing.line;
