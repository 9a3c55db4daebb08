package io.groupbuy.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.core.port.InboxEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playground's JSON API over real HTTP on the whole stack: sandbox, PandaPon client, SQLite,
 * the engine, the channel, the callback route and the news relay.
 */
class PlaygroundApiTest {
    private static final java.util.regex.Pattern THAI = java.util.regex.Pattern.compile("[\\u0E00-\\u0E7F]");
    static final String DRESS_LINK = "https://item.taobao.com/item.htm?id=712345678901";

    @TempDir
    Path dir;
    private PlaygroundStack stack;
    private PlaygroundApi api;
    private String room;
    private String anna;
    private String carol;

    @BeforeEach
    void start() {
        stack = new PlaygroundStack(dir);
        api = new PlaygroundApi(stack.baseUrl);
        room = api.createRoom("Friends");
        anna = api.addMember(room, "Anna", "en", false);
        carol = api.addMember(room, "Carol", "en", true);
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    static Predicate<JsonNode> bot(String type, String containing) {
        return e -> e.path("kind").asText().equals("bot") && e.at("/message/type").asText().equals(type)
                && e.toString().contains(containing);
    }

    static JsonNode button(JsonNode line, String label) {
        for (JsonNode row : line.at("/message/buttons")) {
            for (JsonNode b : row) {
                if (b.path("label").asText().equals(label)) {
                    return b;
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + line);
    }

    /** Anna pastes the dress link and picks blue, S, 1 on the card. */
    private JsonNode annaAddsADress() {
        api.say(room, anna, "look " + DRESS_LINK);
        JsonNode card = api.await("the product card", bot("card", "法式碎花连衣裙"));
        long id = card.get("id").asLong();
        api.press(room, anna, button(card, "蓝色"));
        JsonNode coloured = api.await("the size step", e -> e.get("id").asLong() == id
                && e.toString().contains("Choose 尺码"));
        api.press(room, anna, button(coloured, "S"));
        JsonNode sized = api.await("the quantity step", e -> e.get("id").asLong() == id
                && e.toString().contains("How many?"));
        api.press(room, anna, button(sized, "1"));
        return api.await("the added line", bot("text", "Anna added 1 ×"));
    }

    private String checkOutAsCarol() {
        api.say(room, carol, "/checkout");
        JsonNode summary = api.await("the checkout summary", bot("listing", "✅ Confirm & pay"));
        api.press(room, carol, button(summary, "✅ Confirm & pay"));
        api.await("the placed order", bot("text", "Order #1 (Taobao) placed and paid"));
        PlaygroundApi.Answer orders = api.get("/playground/api/sandbox/orders?room=" + room);
        PlaygroundApi.check(orders, 200);
        assertThat(orders.json().at("/orders/0/room/number").asInt()).isEqualTo(1);
        return orders.json().at("/orders/0/order/orderId").asText();
    }

    @Test
    void aPastedLinkBecomesACardWithPicturePricesAndSkuButtons() {
        api.say(room, anna, "look " + DRESS_LINK);

        JsonNode card = api.await("the product card", bot("card", "法式碎花连衣裙")).get("message");
        assertThat(card.get("pictureUrl").asText()).startsWith(stack.sandbox.baseUrl() + "/sandbox/images/");
        assertThat(card.get("price").asText()).isEqualTo("¥89.90 · ฿449.50");
        assertThat(card.get("listPrice").asText()).isEqualTo("¥159.00 · ฿795.00");
        assertThat(card.get("badge").asText()).isEqualTo("Taobao");
        assertThat(card.at("/buttons/0/0/label").asText()).isEqualTo("蓝色");
        assertThat(card.at("/buttons/0/0/payload").asText()).isNotBlank();
        assertThat(api.lines()).anySatisfy(l -> assertThat(l.path("text").asText()).isEqualTo("look " + DRESS_LINK));
        long done = stack.tx.read(s -> s.inbox().count(PlaygroundChannel.SOURCE, InboxEvent.State.DONE));
        assertThat(done).isGreaterThanOrEqualTo(1);
    }

    @Test
    void pickingTheSkuEditsTheCardInPlaceAndFillsTheCart() {
        annaAddsADress();

        JsonNode cardLine = api.lines().stream().filter(bot("card", "法式碎花连衣裙")).findFirst().orElseThrow();
        long cardId = cardLine.get("id").asLong();
        assertThat(api.lines().stream().filter(l -> l.get("id").asLong() == cardId)).singleElement()
                .satisfies(l -> assertThat(l.get("edited").asBoolean()).isTrue());
        api.say(room, anna, "/cart");
        JsonNode cart = api.await("the cart", bot("listing", "Group cart")).get("message");
        assertThat(cart.at("/sections/0/heading").asText()).isEqualTo("Anna");
        assertThat(cart.at("/sections/0/items/0/text").asText()).contains("蓝色 / S");
        assertThat(cart.at("/sections/0/items/0/amount").asText()).isEqualTo("¥89.90");
    }

    @Test
    void onlyTheAdminChecksOutAndTheOrderIsPlacedInTheSandbox() {
        annaAddsADress();
        api.say(room, anna, "/checkout");
        api.await("the refusal", bot("text", "only an admin"));

        checkOutAsCarol();

        assertThat(stack.sandbox.admin().stats().ordersCreated()).isEqualTo(1);
    }

    @Test
    void theSandboxShipsAnOrderAndTheCallbackNewsAppearsInTheRoom() {
        annaAddsADress();
        String orderId = checkOutAsCarol();

        PlaygroundApi.Answer advanced = api.post("/playground/api/sandbox/orders/" + orderId + "/advance", Map.of());

        PlaygroundApi.check(advanced, 200);
        assertThat(advanced.json().get("status").asText()).isEqualTo("WAIT_BUYER_CONFIRM_GOODS");
        JsonNode news = api.await("the shipping news", bot("text", "the seller has shipped"));
        assertThat(news.toString()).contains("Order #1", "Anna");
    }

    @Test
    void aPriceRiseFromTheSandboxAsksTheAdminToAcceptOrCancel() {
        annaAddsADress();
        String orderId = checkOutAsCarol();

        PlaygroundApi.check(api.post("/playground/api/sandbox/orders/" + orderId + "/price",
                Map.of("totalAmount", 12000)), 200);

        JsonNode ask = api.await("the price question", e -> e.toString().contains("✅ Accept new price"));
        api.press(room, carol, button(ask, "✅ Accept new price"));
        api.await("the acceptance", e -> e.toString().contains("accepted the new price")
                || e.toString().contains("the new price was accepted"));
    }

    @Test
    void aPhotoIsStoredShownAndSearchedByImage() throws Exception {
        byte[] png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.sandbox.baseUrl() + "/sandbox/images/tb-712345678901-main.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();

        PlaygroundApi.Answer sent = api.postRaw("/playground/api/rooms/" + room + "/photos?member=" + anna
                + "&caption=like%20this", "image/png", png);

        PlaygroundApi.check(sent, 202);
        String url = sent.json().at("/entry/photo/url").asText();
        assertThat(sent.json().at("/entry/photo/caption").asText()).isEqualTo("like this");
        HttpResponse<byte[]> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.baseUrl + url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(stored.body()).isEqualTo(png);
        JsonNode found = api.await("the image search results", bot("cards", "for your photo")).get("message");
        assertThat(found.get("cards")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("pictureUrl").asText()).startsWith(stack.sandbox.baseUrl());
            assertThat(c.at("/buttons/0/0/payload").asText()).isNotBlank();
        });
    }

    @Test
    void theMembersLanguageAndLangChangeTheBotsLanguage() {
        PlaygroundApi.check(api.post("/playground/api/rooms/" + room + "/members/" + anna,
                Map.of("language", "th")), 200);
        api.say(room, anna, "/cart");
        api.await("a Thai answer", e -> e.path("kind").asText().equals("bot") && THAI.matcher(e.toString()).find());

        api.say(room, carol, "/lang zh");
        api.await("the Chinese confirmation", bot("text", "中文"));
        api.say(room, anna, "/cart");
        api.await("a Chinese cart answer", e -> e.path("kind").asText().equals("bot")
                && e.toString().contains("购物车") && e.get("seq").asLong() > 0);
    }

    @Test
    void anExportIsADownloadableFile() throws Exception {
        annaAddsADress();
        api.say(room, carol, "/export");
        JsonNode doc = api.await("the export", e -> e.at("/message/type").asText().equals("document")).get("message");
        assertThat(doc.get("fileName").asText()).endsWith(".csv");

        HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.baseUrl + doc.get("url").asText())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(v ->
                assertThat(v).startsWith("attachment;"));
        assertThat(file.body()).contains("Anna", "蓝色 / S");
    }

    @Test
    void aLongPollWaitsForTheNextLineAndAnswersWhenItComes() throws Exception {
        long latest = api.get("/playground/api/state").json().get("latest").asLong();
        CompletableFuture<HttpResponse<String>> poll = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create(stack.baseUrl + "/playground/api/events?wait=25&room=" + room + "&after=" + latest)).build(),
                HttpResponse.BodyHandlers.ofString());
        awaitWaiting(1);
        assertThat(poll).isNotDone();

        api.say(room, anna, "anyone there?");

        JsonNode batch = io.groupbuy.app.Json.mapper().readTree(poll.get(15, TimeUnit.SECONDS).body());
        assertThat(batch.get("events").get(0).get("text").asText()).isEqualTo("anyone there?");
        assertThat(batch.get("latest").asLong()).isGreaterThan(latest);
    }

    /** The long poll is registered once the server holds it (no sleeping on a guess). */
    private void awaitWaiting(int polls) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (stack.playground.log().waiting() < polls) {
            assertThat(System.nanoTime()).as("long poll registered within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void theStateListsRoomsAndMembersWithTheirAdminFlags() {
        PlaygroundApi.Answer state = api.get("/playground/api/state");
        PlaygroundApi.check(state, 200);
        assertThat(state.json().get("sandbox").asBoolean()).isTrue();
        JsonNode members = state.json().at("/rooms/0/members");
        assertThat(members).hasSize(2);
        assertThat(members.get(1).get("name").asText()).isEqualTo("Carol");
        assertThat(members.get(1).get("admin").asBoolean()).isTrue();
        assertThat(members.get(0).get("admin").asBoolean()).isFalse();
    }
}
