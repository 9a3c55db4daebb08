package io.groupbuy.app;

import io.groupbuy.app.config.BotConfig;
import io.groupbuy.app.config.PandaPonConfig;
import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.conversation.i18n.Texts;
import io.groupbuy.core.Channel;
import io.groupbuy.core.Language;
import io.groupbuy.core.Order;
import io.groupbuy.core.UserId;
import io.groupbuy.sandbox.PandaPonSandbox;
import io.groupbuy.sandbox.SandboxOrderView;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code demo [--lang en|th|zh]}: a scripted group buy played through the real conversation engine,
 * store and embedded PandaPon sandbox (no credentials needed): three friends paste a Taobao share text,
 * a Tmall link and a 1688 link, pick options, search by photo; the admin checks out and confirms;
 * then the sandbox ships an order and changes a price, and the callbacks come back into the chat.
 */
final class DemoCommand {
    private static final DemoScript.Person NOK = new DemoScript.Person("nok", "Nok (admin)");
    private static final DemoScript.Person ALICE = new DemoScript.Person("alice", "Alice");
    private static final DemoScript.Person BOB = new DemoScript.Person("bob", "Bob");
    private static final Duration NEWS_WAIT = Duration.ofSeconds(15);

    private DemoCommand() {
    }

    static int run(String[] args, BotConfig base, PrintStream out, PrintStream err) throws Exception {
        Optional<Language> lang = language(args);
        if (lang.isEmpty()) {
            err.println("Usage: demo [--lang en|th|zh]");
            return 2;
        }
        Path dir = Files.createTempDirectory("groupbuy-demo");
        Clock clock = Clock.systemUTC();
        BotConfig config = demoConfig(base, dir);
        try (BotApp app = BotApp.start(config, clock, new Schedules.Intervals(Duration.ofMillis(300),
                Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofDays(30),
                Duration.ofMinutes(5)))) {
            Texts texts = Messages.bundled().in(lang.get());
            DemoScript chat = new DemoScript(app.core(), out, texts, clock);
            app.core().outbound().register(DemoScript.CHAT, chat);
            play(chat, app, texts, lang.get());
            out.println();
            out.println("— Demo finished: " + app.sandbox().admin().stats().ordersCreated()
                    + " order(s) placed in the PandaPon sandbox, each exactly once —");
            return 0;
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void play(DemoScript chat, BotApp app, Texts texts, Language lang) throws Exception {
        PandaPonSandbox sandbox = app.sandbox();
        chat.narrate("A group of friends in Bangkok shops together; Nok is the group's admin");
        if (lang != Language.EN) {
            chat.says(NOK, "/lang " + lang.code());
        }
        chat.says(NOK, "/help");

        chat.narrate("Alice pastes a share text from the Taobao app");
        chat.says(ALICE, "【淘宝】法式碎花连衣裙女夏季 https://item.taobao.com/item.htm?spm=a21n57.1&id=712345678901"
                + "&ali_refid=a3 CZ0001 「法式碎花连衣裙」 ชุดนี้สวยมาก");
        chat.picksFirstAvailableOptionAndQuantity(ALICE, 0);

        chat.narrate("Bob pastes a Tmall link");
        chat.says(BOB, "This one please: https://detail.tmall.com/item.htm?id=600126245031&skuId=1");
        chat.picksFirstAvailableOptionAndQuantity(BOB, 1);

        chat.narrate("Alice adds office supplies from 1688 (minimum order 2)");
        chat.says(ALICE, "https://detail.1688.com/offer/706627393257.html?spm=a2615");
        chat.picksFirstAvailableOptionAndQuantity(ALICE, 0);

        chat.narrate("Bob sends a photo of a T-shirt he saw on a friend");
        chat.sendsPhoto(BOB, picture(chat.lastPicture().orElse(sandbox.baseUrl() + "/sandbox")));
        chat.presses(BOB, b -> true);
        chat.picksFirstAvailableOptionAndQuantity(BOB, 0);

        chat.narrate("Everyone looks at the shared cart");
        chat.says(NOK, "/cart");

        chat.narrate("Nok checks out and confirms");
        chat.says(NOK, "/checkout");
        String confirm = texts.t("btn.confirm");
        chat.presses(NOK, b -> b.label().equals(confirm));

        List<Order> orders = app.core().tx().read(s -> s.orders().byChat(DemoScript.CHAT, 10));
        Order taobao = orders.stream().filter(o -> o.marketplace() == io.groupbuy.core.Marketplace.TAOBAO)
                .filter(o -> o.upstreamOrderId() != null).findFirst().orElseThrow();
        chat.narrate("PandaPon: the Taobao seller ships order #" + taobao.number());
        sandbox.admin().ship(taobao.upstreamOrderId(), "SF Express", "SF1403928475621");
        chat.awaitNews(r -> chat.mentions(r, "SF1403928475621"), NEWS_WAIT);

        Optional<Order> alibaba = orders.stream()
                .filter(o -> o.marketplace() == io.groupbuy.core.Marketplace.ALIBABA_1688)
                .filter(o -> o.upstreamOrderId() != null).findFirst();
        if (alibaba.isPresent()) {
            SandboxOrderView view = sandbox.admin().order(alibaba.get().upstreamOrderId());
            chat.narrate("PandaPon: the 1688 factory raises the price of order #" + alibaba.get().number()
                    + " by ¥3.00");
            sandbox.admin().changeOrderPrice(view.orderId(), view.totalAmount() + 300, null);
            String accept = texts.t("btn.accept_price");
            chat.awaitNews(r -> DemoScript.buttons(r).stream().anyMatch(b -> b.label().equals(accept)), NEWS_WAIT);
            chat.presses(NOK, b -> b.label().equals(accept));
        }
        chat.says(BOB, "/orders");
    }

    /** A product picture the sandbox serves, as a member would photograph it. */
    private static byte[] picture(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 ? response.body() : new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
    }

    static Optional<Language> language(String[] args) {
        if (args.length == 0) {
            return Optional.of(Language.EN);
        }
        if (args.length == 2 && args[0].equals("--lang")) {
            return Language.fromTag(args[1]);
        }
        if (args.length == 1 && args[0].startsWith("--lang=")) {
            return Language.fromTag(args[0].substring("--lang=".length()));
        }
        return Optional.empty();
    }

    /** The operator's settings, but sandbox mode, no channels, a throw-away database and free ports. */
    static BotConfig demoConfig(BotConfig base, Path dir) {
        PandaPonConfig p = base.pandapon();
        PandaPonConfig sandboxOnly = new PandaPonConfig(p.baseUrl(), Optional.empty(), p.signer(), Optional.empty(), 0,
                p.receiver());
        return new BotConfig(Optional.empty(), Optional.empty(), sandboxOnly,
                "jdbc:sqlite:" + dir.resolve("demo.db").toAbsolutePath(), "127.0.0.1", 0, Optional.empty(), "THB",
                base.currency().equals("THB") ? base.cnyRateMicros() : 5_000_000L, base.ratesMicros(),
                Set.of(UserId.of(Channel.PLAYGROUND, NOK.id())), base.cartLimits(), base.logLevel(), base.source());
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
