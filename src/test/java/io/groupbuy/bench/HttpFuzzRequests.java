package io.groupbuy.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.groupbuy.app.Json;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.LineWebhooks;
import io.groupbuy.testing.line.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The requests of the HTTP fuzz, by category. A category is {@code forged} when the sender does not
 * hold the secret (no, wrong or non-Base64 LINE signature, wrong Telegram secret, wrong callback
 * token): those must all be refused, and their bodies carry the marker {@link #FORGED} so the run can
 * prove none of them was processed.
 */
final class HttpFuzzRequests {
    static final String FORGED = "FORGEDMARK";
    static final String LINE_SECRET = "fuzz-line-channel-secret";
    static final String TELEGRAM_SECRET = "fuzz_telegram_secret_0123456789";
    static final String CALLBACK_TOKEN = "fuzzcallbacktoken0123456789abcdef";

    /** One request: where, what, with which headers; {@code forged} when it must be refused. */
    record Request(String category, boolean forged, String method, String path, Map<String, String> headers,
                   byte[] body) {
    }

    /** The chats and people the signed requests speak as, and buttons seen so far (payloads to replay). */
    interface Audience {
        String lineGroup(Random r);

        String lineMember(Random r);

        long telegramChat(Random r);

        long telegramMember(Random r);

        String seenPayload(Random r);

        String room(Random r);
    }

    private final Random r;
    private final LineWebhooks hooks;
    private final Audience who;
    private final List<String> productIds;
    private int updateId = 5_000_000;
    private int forgedSerial;

    HttpFuzzRequests(Random r, LineWebhooks hooks, Audience who, List<String> productIds) {
        this.r = r;
        this.hooks = hooks;
        this.who = who;
        this.productIds = productIds;
    }

    Request next() {
        int k = r.nextInt(100);
        if (k < 35) {
            return line(r.nextInt(100));
        }
        if (k < 65) {
            return telegram(r.nextInt(100));
        }
        if (k < 78) {
            return callback(r.nextInt(100));
        }
        if (k < 95) {
            return playground(r.nextInt(100));
        }
        return stray();
    }

    private Request line(int k) {
        if (k < 25) {
            byte[] body = hooks.body(lineEvent(true));
            String signature = switch (k % 5) {
                case 0 -> null;
                case 1 -> Base64.getEncoder().encodeToString(randomBytes(32));
                case 2 -> "!!not-base64!!" + FuzzText.binary(r, 5).replaceAll("[^ -~]", "?");
                case 3 -> LineWebhooks.sign("an-old-or-stolen-secret", body);
                default -> "";
            };
            return new Request("line: " + (signature == null ? "no signature" : k % 5 == 3 ? "signed with another"
                    + " secret" : "wrong or non-Base64 signature"), true, "POST", "/line/webhook",
                    signature == null ? Map.of() : Map.of("x-line-signature", signature), body);
        }
        if (k < 40) {
            byte[] body = bomb();
            return signedLine("line: signed garbage or JSON bomb", body);
        }
        if (k < 43) {
            return signedLine("line: oversized (1.5 MB)", ("{\"events\":[],\"x\":\"" + "a".repeat(1_500_000) + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return signedLine("line: signed events", hooks.body(lineEvent(false), lineEvent(false)));
    }

    private Request signedLine(String category, byte[] body) {
        return new Request(category, false, "POST", "/line/webhook",
                Map.of("x-line-signature", LineWebhooks.sign(LINE_SECRET, body)), body);
    }

    private WebhookEvent lineEvent(boolean forged) {
        LineSource source = LineSource.group(who.lineGroup(r), who.lineMember(r));
        String text = forged ? FORGED + (++forgedSerial) + " /checkout" : text();
        return switch (r.nextInt(forged ? 1 : 6)) {
            case 1 -> hooks.postback(source, r.nextBoolean() ? who.seenPayload(r) : FuzzText.binary(r, 30));
            case 2 -> hooks.image(source, "9" + r.nextInt(1_000_000));
            case 3 -> r.nextBoolean() ? hooks.memberJoined(source, "U" + "f".repeat(32)) : hooks.follow(
                    "U" + String.format("%032x", r.nextInt(1000)));
            default -> hooks.text(source, text);
        };
    }

    private Request telegram(int k) {
        if (k < 25) {
            String secret = k % 3 == 0 ? null : k % 3 == 1 ? "wrong_" + r.nextInt(1000) : TELEGRAM_SECRET + "x";
            ObjectNode update = message(FORGED + (++forgedSerial) + " /checkout");
            return new Request("telegram: no or wrong secret", true, "POST", "/telegram/webhook",
                    secret == null ? Map.of() : Map.of("X-Telegram-Bot-Api-Secret-Token", secret),
                    Json.mapper().valueToTree(update).toString().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> headers = Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET,
                "Content-Type", "application/json");
        if (k < 40) {
            return new Request("telegram: garbage or JSON bomb", false, "POST", "/telegram/webhook", headers, bomb());
        }
        if (k < 42) {
            return new Request("telegram: oversized (1.5 MB)", false, "POST", "/telegram/webhook", headers,
                    ("{\"update_id\":1,\"x\":\"" + "a".repeat(1_500_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        ObjectNode update = switch (r.nextInt(6)) {
            case 0 -> callbackQuery(r.nextBoolean() ? who.seenPayload(r) : FuzzText.binary(r, 20));
            case 1 -> {
                ObjectNode u = message(text());
                u.set("edited_message", u.remove("message"));
                yield u;
            }
            case 2 -> {
                ObjectNode u = message(text());
                u.putObject("poll").put("id", "x");
                u.remove("message");
                yield u;
            }
            default -> message(text());
        };
        return new Request("telegram: updates", false, "POST", "/telegram/webhook", headers,
                update.toString().getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode message(String text) {
        ObjectNode u = Json.mapper().createObjectNode().put("update_id", ++updateId);
        ObjectNode m = u.putObject("message").put("message_id", updateId).put("date", 1_780_000_000L);
        long chat = who.telegramChat(r);
        m.putObject("chat").put("id", chat).put("type", "supergroup").put("title", "Fuzz group");
        m.putObject("from").put("id", who.telegramMember(r)).put("is_bot", false)
                .put("first_name", FuzzText.name(r, "Member")).put("language_code", r.nextBoolean() ? "th" : "en");
        m.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            m.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", end < 0 ? text.length() : end);
        }
        return u;
    }

    private ObjectNode callbackQuery(String data) {
        ObjectNode u = Json.mapper().createObjectNode().put("update_id", ++updateId);
        ObjectNode q = u.putObject("callback_query").put("id", "cq" + updateId).put("chat_instance", "1");
        q.putObject("from").put("id", who.telegramMember(r)).put("is_bot", false).put("first_name", "Member");
        ObjectNode msg = q.putObject("message").put("message_id", 1 + r.nextInt(50)).put("date", 1_780_000_000L);
        msg.putObject("chat").put("id", who.telegramChat(r)).put("type", "supergroup");
        q.put("data", data);
        return u;
    }

    private Request callback(int k) {
        if (k < 35) {
            return new Request("pandapon callback: wrong token", true, "POST",
                    "/pandapon/callback/" + (k % 2 == 0 ? "x" + r.nextInt(1_000_000) : CALLBACK_TOKEN + "0"),
                    Map.of("Content-Type", "application/json"), ("{\"messageType\":\"TAOBAO_ORDER_STATUS_MODIFY\","
                    + "\"messageBody\":{\"orderId\":\"" + FORGED + (++forgedSerial) + "\"}}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = k < 45 ? ("{\"x\":\"" + "a".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8)
                : k < 75 ? bomb() : ("{\"messageType\":\"" + FuzzText.pick(r, new String[] {
                    "TAOBAO_ORDER_STATUS_MODIFY", "1688_ORDER_BUYER_REFUND", "UNKNOWN", ""}) + "\",\"messageBody\":"
                    + (r.nextBoolean() ? "\"{\\\"orderId\\\":\\\"4" + r.nextInt(1_000_000) + "\\\"}\""
                    : "{\"orderId\":" + r.nextInt() + ",\"orderStatus\":\"" + FuzzText.binary(r, 5)
                    .replaceAll("[\"\\\\\\p{Cntrl}]", "?") + "\"}") + ",\"timestamp\":\"" + r.nextLong() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        return new Request(k < 45 ? "pandapon callback: huge body" : "pandapon callback: garbage or odd messages",
                false, "POST", "/pandapon/callback/" + CALLBACK_TOKEN, Map.of("Content-Type", "application/json"),
                body);
    }

    private Request playground(int k) {
        String room = who.room(r);
        String api = "/playground/api";
        Supplier<String> json = () -> Json.mapper().createObjectNode().put("member", r.nextBoolean() ? "m-1"
                : FuzzText.binary(r, 4)).put("text", text()).put("payload", r.nextBoolean() ? who.seenPayload(r)
                : FuzzText.binary(r, 70)).put("name", FuzzText.name(r, "P")).put("language", "xx")
                .put("admin", r.nextBoolean()).toString();
        return switch (k % 8) {
            case 0 -> new Request("playground: garbage", false, "POST", api + "/rooms/" + room + "/messages",
                    Map.of("Content-Type", "application/json"), bomb());
            case 1 -> new Request("playground: wrong content type", false, "POST", api + "/rooms/" + room
                    + "/messages", Map.of("Content-Type", "text/plain"), json.get().getBytes(StandardCharsets.UTF_8));
            case 2 -> new Request("playground: photo of random bytes", false, "POST", api + "/rooms/" + room
                    + "/photos?member=m-1", Map.of("Content-Type", "image/png"), FuzzText.photo(r));
            case 3 -> new Request("playground: odd queries", false, "GET", api + "/events?after=" + r.nextLong()
                    + "&wait=" + (r.nextInt(60) - 30) + "&room=" + room, Map.of(), null);
            default -> new Request("playground: messages, presses, members", false, "POST", api + "/rooms/" + room
                    + FuzzText.pick(r, new String[] {"/messages", "/presses", "/members", "/members/m-1", ""}),
                    Map.of("Content-Type", "application/json"), json.get().getBytes(StandardCharsets.UTF_8));
        };
    }

    private Request stray() {
        String[] paths = {"/", "/admin", "/line/webhook/../../etc/passwd", "/telegram/webhook?x=1", "/metrics",
            "/healthz", "/playground/../bot.db", "/pandapon/callback/", "/%2e%2e/%2e%2e", "/" + "a".repeat(8000)};
        String[] methods = {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "POST"};
        return new Request("stray paths and methods", false, FuzzText.pick(r, methods), FuzzText.pick(r, paths),
                Map.of(), r.nextBoolean() ? bomb() : null);
    }

    private String text() {
        return FuzzText.of(FuzzText.KINDS.get(r.nextInt(FuzzText.KINDS.size())), r, productIds);
    }

    /** Bytes that are not an update: random, truncated, deep, wide, long, or numerically absurd JSON. */
    byte[] bomb() {
        return switch (r.nextInt(9)) {
            case 0 -> randomBytes(r.nextInt(4096));
            case 1 -> ("[".repeat(50_000) + "]".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
            case 2 -> ("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
            case 3 -> {
                ArrayNode events = Json.mapper().createArrayNode();
                for (int i = 0; i < 20_000; i++) {
                    events.addObject().put("type", "message");
                }
                ObjectNode root = Json.mapper().createObjectNode().put("destination", "U0");
                root.set("events", events);
                root.put("update_id", 1);
                yield root.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> ("{\"update_id\":1e999999,\"events\":[1e-999999,-0,99999999999999999999999999999999]}")
                    .getBytes(StandardCharsets.UTF_8);
            case 5 -> ("{\"destination\":\"" + "\\u0000".repeat(20_000) + "\",\"events\":null}")
                    .getBytes(StandardCharsets.UTF_8);
            case 6 -> ("{\"update_id\":" + r.nextInt() + ",\"message\":{\"chat\":{\"id\":\"not a number\"},"
                    + "\"text\":[1,2,3]}}").getBytes(StandardCharsets.UTF_8);
            case 7 -> "{\"events\":[{\"type\":\"message\",\"message\":{\"type\":\"text\"".getBytes(StandardCharsets.UTF_8);
            default -> {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < 30_000; i++) {
                    sb.append("\"k").append(i).append("\":").append(i).append(',');
                }
                yield sb.append("\"update_id\":2}").toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }
}
