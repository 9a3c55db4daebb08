package io.groupbuy.testing.line;

import static io.groupbuy.testing.line.LineSdk.error;
import static io.groupbuy.testing.line.LineSdk.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.ErrorDetail;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineApiFakeValidationTest {
    private final LineApiFake line = LineApiFake.start("validation-token");
    private final MessagingApiClient api = LineSdk.api(line);
    private final String group = LineIds.groupId();

    @AfterEach
    void stop() {
        line.close();
    }

    private MessagingApiClientException rejected(Message... messages) {
        MessagingApiClientException e = error(api.pushMessage(null,
                new PushMessageRequest.Builder(group, List.of(messages)).build()));
        assertThat(e.getCode()).isEqualTo(400);
        assertThat(line.deliveredTo(group)).isEmpty();
        return e;
    }

    private void accepted(Message... messages) {
        ok(api.pushMessage(null, new PushMessageRequest.Builder(group, List.of(messages)).build()));
    }

    private static List<String> properties(MessagingApiClientException e) {
        return e.getDetails().stream().map(ErrorDetail::property).toList();
    }

    /** A bubble whose JSON is at least {@code bytes} long. */
    private static FlexBubble bubbleOfSize(int bytes) {
        return LineApiFakeReplyTest.bubble("x".repeat(bytes), "d=1");
    }

    @Test
    void moreThanFiveMessagesIsRejected() {
        Message[] six = IntStream.range(0, 6).mapToObj(i -> new TextMessage("m" + i)).toArray(Message[]::new);

        MessagingApiClientException e = rejected(six);

        assertThat(e.getError()).isEqualTo("The request body has 1 error(s)");
        assertThat(e.getDetails()).singleElement().satisfies(d -> {
            assertThat(d.property()).isEqualTo("messages");
            assertThat(d.message()).isEqualTo("Size must be between 1 and 5");
        });
        accepted(java.util.Arrays.copyOf(six, 5));
    }

    @Test
    void textLimitIs5000Utf16CodeUnits() {
        String apple = "\uD83C\uDF4E"; // 🍎 counts as 2
        rejected(new TextMessage("a".repeat(4999) + apple));
        MessagingApiClientException e = rejected(new TextMessage("a".repeat(5001)));

        assertThat(properties(e)).containsExactly("messages[0].text");
        accepted(new TextMessage("a".repeat(4998) + apple));
        accepted(new TextMessage("ก".repeat(5000)));
    }

    @Test
    void bubbleOver30KbIsRejected() {
        MessagingApiClientException e = rejected(new FlexMessage("big", bubbleOfSize(30_000)));

        assertThat(properties(e)).containsExactly("messages[0].contents");
        accepted(new FlexMessage("fits", bubbleOfSize(29_500)));
    }

    @Test
    void carouselOver12BubblesOr50KbIsRejected() {
        List<FlexBubble> thirteen = Collections.nCopies(13, LineApiFakeReplyTest.bubble("b", "d=1"));
        List<FlexBubble> heavy = Collections.nCopies(3, bubbleOfSize(17_000));

        assertThat(properties(rejected(new FlexMessage("13", new FlexCarousel(thirteen)))))
                .containsExactly("messages[0].contents.contents");
        assertThat(properties(rejected(new FlexMessage("heavy", new FlexCarousel(heavy)))))
                .containsExactly("messages[0].contents");
        accepted(new FlexMessage("12", new FlexCarousel(thirteen.subList(0, 12))));
    }

    @Test
    void flexAltTextIsRequiredAndAtMost1500() {
        FlexBubble b = LineApiFakeReplyTest.bubble("b", "d=1");

        assertThat(properties(rejected(new FlexMessage("a".repeat(1501), b)))).containsExactly("messages[0].altText");
        assertThat(properties(rejected(new FlexMessage("", b)))).containsExactly("messages[0].altText");
        accepted(new FlexMessage("a".repeat(1500), b));
    }

    // ---- raw JSON, for shapes the SDK's types make awkward ----

    private LineSdk.Raw push(String messagesJson) {
        return LineSdk.post(line, "/v2/bot/message/push", "{\"to\":\"" + group + "\",\"messages\":" + messagesJson + "}");
    }

    private List<String> rejectedProperties(String messagesJson) {
        LineSdk.Raw r = push(messagesJson);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        JsonNode body = LineJson.MAPPER.valueToTree(parse(r.body()));
        assertThat(body.path("message").asText()).startsWith("The request body has");
        return body.path("details").findValuesAsText("property");
    }

    private static JsonNode parse(String s) {
        try {
            return LineJson.MAPPER.readTree(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String quickReply(int items, String label) {
        String item = "{\"type\":\"action\",\"action\":{\"type\":\"postback\",\"label\":\"" + label
                + "\",\"data\":\"d\"}}";
        return "[{\"type\":\"text\",\"text\":\"t\",\"quickReply\":{\"items\":["
                + String.join(",", Collections.nCopies(items, item)) + "]}}]";
    }

    @Test
    void quickReplyHoldsAtMost13ItemsWithLabelsOfAtMost20Graphemes() {
        assertThat(rejectedProperties(quickReply(14, "ok"))).containsExactly("messages[0].quickReply.items");
        assertThat(push(quickReply(13, "ok")).status()).isEqualTo(200);
        // Labels count grapheme clusters: "ที่" is one grapheme, three UTF-16 units.
        assertThat(push(quickReply(1, "ที่".repeat(20))).status()).isEqualTo(200);
        assertThat(rejectedProperties(quickReply(1, "ที่".repeat(21))))
                .containsExactly("messages[0].quickReply.items[0].action.label");
        assertThat(rejectedProperties(quickReply(1, "")))
                .containsExactly("messages[0].quickReply.items[0].action.label");
    }

    @Test
    void postbackDataAtMost300AndFlexLabelsAtMost40() {
        String data301 = "d".repeat(301);
        String button = "{\"type\":\"flex\",\"altText\":\"a\",\"contents\":{\"type\":\"bubble\",\"body\":{\"type\":\"box\","
                + "\"layout\":\"vertical\",\"contents\":[{\"type\":\"button\",\"action\":{\"type\":\"postback\","
                + "\"label\":\"%s\",\"data\":\"%s\"}}]}}}";

        assertThat(rejectedProperties("[" + button.formatted("Buy", data301) + "]"))
                .containsExactly("messages[0].contents.body.contents[0].action.data");
        assertThat(rejectedProperties("[" + button.formatted("L".repeat(41), "d") + "]"))
                .containsExactly("messages[0].contents.body.contents[0].action.label");
        assertThat(rejectedProperties("[" + button.formatted("", "d") + "]"))
                .containsExactly("messages[0].contents.body.contents[0].action.label");
        assertThat(push("[" + button.formatted("L".repeat(40), "d".repeat(300)) + "]").status()).isEqualTo(200);
    }

    @Test
    void imageUrlsAtMost2000AndHttpsOnlyWhenConfigured() {
        String image = "[{\"type\":\"image\",\"originalContentUrl\":\"%s\",\"previewImageUrl\":\"%s\"}]";
        String http = "http://127.0.0.1:9/p.jpg";

        assertThat(push(image.formatted(http, http)).status()).isEqualTo(200);
        assertThat(rejectedProperties(image.formatted("https://x/" + "a".repeat(1991), http)))
                .containsExactly("messages[0].originalContentUrl");
        line.requireHttpsUrls(true);
        assertThat(rejectedProperties(image.formatted(http, "https://x/p.jpg")))
                .containsExactly("messages[0].originalContentUrl");
        assertThat(push(image.formatted("https://x/p.jpg", "https://x/p.jpg")).status()).isEqualTo(200);
    }

    @Test
    void unknownTypesMissingFieldsAndBrokenJson() {
        assertThat(rejectedProperties("[{\"type\":\"carousel\"}]")).containsExactly("messages[0].type");
        assertThat(rejectedProperties("[{\"type\":\"text\"}]")).containsExactly("messages[0].text");
        assertThat(rejectedProperties("[]")).containsExactly("messages");
        assertThat(rejectedProperties("[{\"type\":\"sticker\",\"packageId\":\"446\"}]"))
                .containsExactly("messages[0].stickerId");
        assertThat(rejectedProperties("[{\"type\":\"text\",\"text\":\"\"},{\"type\":\"flex\",\"altText\":\"a\"}]"))
                .containsExactly("messages[0].text", "messages[1].contents");

        LineSdk.Raw broken = LineSdk.post(line, "/v2/bot/message/push", "{\"to\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("could not be parsed as JSON");
    }

    @Test
    void templateLimits() {
        String buttons = "[{\"type\":\"template\",\"altText\":\"t\",\"template\":{\"type\":\"buttons\",\"text\":\"Pick\","
                + "\"actions\":[%s]}}]";
        String action = "{\"type\":\"message\",\"label\":\"%s\",\"text\":\"x\"}";

        assertThat(push(buttons.formatted(action.formatted("Yes"))).status()).isEqualTo(200);
        assertThat(rejectedProperties(buttons.formatted(action.formatted("L".repeat(21)))))
                .containsExactly("messages[0].template.actions[0].label");
        assertThat(rejectedProperties(buttons.formatted(String.join(",",
                Collections.nCopies(5, action.formatted("a")))))).containsExactly("messages[0].template.actions");
    }
}
