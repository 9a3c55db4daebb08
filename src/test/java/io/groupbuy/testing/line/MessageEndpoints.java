package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** {@code POST /v2/bot/message/reply} and {@code /push}: validation, reply tokens, retry keys, delivery. */
final class MessageEndpoints {
    /** Message types LINE returns a quoteToken for in sentMessages (those a user can quote). */
    private static final Set<String> QUOTABLE = Set.of("text", "textV2", "sticker", "image", "video", "audio",
            "location");

    private final Clock clock;
    private final ReplyTokens replyTokens;
    private final RetryKeys retryKeys;
    private final LineRecorder recorder;
    private final BooleanSupplier requireHttps;
    private final Object pushLock = new Object();

    MessageEndpoints(Clock clock, ReplyTokens replyTokens, RetryKeys retryKeys, LineRecorder recorder,
            BooleanSupplier requireHttps) {
        this.clock = clock;
        this.replyTokens = replyTokens;
        this.retryKeys = retryKeys;
        this.recorder = recorder;
        this.requireHttps = requireHttps;
    }

    FakeResponse reply(Incoming in) {
        if (in.json() == null || !in.json().isObject()) {
            return unparsable(in);
        }
        JsonNode body = in.json();
        List<ValidationChecks.Detail> details = new ArrayList<>();
        String token = body.path("replyToken").asText("");
        if (token.isEmpty()) {
            details.add(new ValidationChecks.Detail("May not be empty", "replyToken"));
        }
        details.addAll(LineMessageValidator.validate(body.get("messages"), requireHttps.getAsBoolean()));
        if (!details.isEmpty()) {
            return FakeResponse.invalid(details);
        }
        // Validation first: a rejected message does not use up the token.
        Optional<ReplyTokens.Use> use = replyTokens.use(token);
        if (use.isEmpty()) {
            return FakeResponse.message(400, "Invalid reply token");
        }
        ArrayNode sent = deliver(Delivered.Via.REPLY, use.get().chatId(), body, in, null);
        return ok(sent);
    }

    FakeResponse push(Incoming in) {
        String key = in.header("X-Line-Retry-Key");
        if (key != null && !RetryKeys.wellFormed(key)) {
            return FakeResponse.message(400, "The X-Line-Retry-Key header must be a UUID in hexadecimal format");
        }
        // One push at a time, so a retry racing its original sees it as accepted (409), never twice.
        synchronized (pushLock) {
            if (key != null) {
                Optional<RetryKeys.Accepted> earlier = retryKeys.find(key);
                if (earlier.isPresent()) {
                    ObjectNode conflict = LineJson.object();
                    conflict.put("message", "The retry key is already accepted");
                    conflict.set("sentMessages", earlier.get().sentMessages().deepCopy());
                    return FakeResponse.json(409, conflict)
                            .withHeader("x-line-accepted-request-id", earlier.get().requestId());
                }
            }
            if (in.json() == null || !in.json().isObject()) {
                return unparsable(in);
            }
            JsonNode body = in.json();
            List<ValidationChecks.Detail> details = new ArrayList<>();
            String to = body.path("to").asText("");
            if (to.isEmpty()) {
                details.add(new ValidationChecks.Detail("May not be empty", "to"));
            } else if (!LineIds.isChatId(to)) {
                return FakeResponse.message(400, "The property, 'to', in the request body is invalid (line: -, column: -)");
            }
            details.addAll(LineMessageValidator.validate(body.get("messages"), requireHttps.getAsBoolean()));
            if (!details.isEmpty()) {
                return FakeResponse.invalid(details);
            }
            ArrayNode sent = deliver(Delivered.Via.PUSH, to, body, in, key);
            if (key != null) {
                retryKeys.accept(key, in.requestId(), sent);
            }
            return ok(sent);
        }
    }

    private ArrayNode deliver(Delivered.Via via, String to, JsonNode body, Incoming in, String retryKey) {
        ArrayNode sent = LineJson.array();
        List<Delivered> batch = new ArrayList<>();
        boolean silent = body.path("notificationDisabled").asBoolean(false);
        for (JsonNode m : body.get("messages")) {
            String type = m.path("type").asText();
            String id = LineIds.messageId();
            ObjectNode s = sent.addObject().put("id", id);
            if (QUOTABLE.contains(type)) {
                s.put("quoteToken", LineIds.quoteToken());
            }
            String text = switch (type) {
                case "text", "textV2" -> m.path("text").asText(null);
                case "flex", "template" -> m.path("altText").asText(null);
                default -> null;
            };
            batch.add(new Delivered(to, via, type, text, m.deepCopy(), id, in.requestId(), retryKey, silent,
                    clock.instant()));
        }
        recorder.delivered(batch);
        return sent;
    }

    private static FakeResponse ok(ArrayNode sent) {
        ObjectNode body = LineJson.object();
        body.set("sentMessages", sent);
        return FakeResponse.json(200, body);
    }

    static FakeResponse unparsable(Incoming in) {
        String where = in.parseError() == null ? "(line: 1, column: 1)" : in.parseError();
        return FakeResponse.message(400, "The request body could not be parsed as JSON " + where);
    }
}
