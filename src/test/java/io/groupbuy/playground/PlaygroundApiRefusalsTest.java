package io.groupbuy.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets 400, unknown things 404, wrong content types 415, oversize 413: always JSON, never a trace. */
class PlaygroundApiRefusalsTest {
    private static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};

    @TempDir
    Path dir;
    private PlaygroundStack stack;
    private PlaygroundApi api;
    private String room;
    private String anna;

    @BeforeEach
    void start() {
        stack = new PlaygroundStack(dir);
        api = new PlaygroundApi(stack.baseUrl);
        room = api.createRoom("Friends");
        anna = api.addMember(room, "Anna", "en", false);
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    private static void refused(PlaygroundApi.Answer a, int status, String error) {
        PlaygroundApi.check(a, status);
        assertThat(a.json().path("error").asText()).contains(error);
        assertThat(a.raw()).doesNotContain("Exception", "at io.", "at java.");
    }

    @Test
    void unknownRoomsMembersFilesAndOrdersAre404() {
        refused(api.post("/playground/api/rooms/room-99/messages", Map.of("member", anna, "text", "hi")), 404,
                "no room room-99");
        refused(api.post("/playground/api/rooms/" + room + "/messages", Map.of("member", "m-99", "text", "hi")), 404,
                "no member m-99");
        refused(api.post("/playground/api/rooms/" + room + "/members/m-99", Map.of("admin", true)), 404, "no member");
        refused(api.post("/playground/api/rooms/room-99/members", Map.of("name", "Bo")), 404, "no room");
        refused(api.get("/playground/api/events?room=room-99&wait=0"), 404, "no room");
        refused(api.get("/playground/api/files/f-0000"), 404, "no such file");
        refused(api.post("/playground/api/sandbox/orders/4000000000000000000/advance", Map.of()), 404, "");
        refused(api.post("/playground/api/sandbox/orders/1/explode", Map.of()), 404, "no such action");
        refused(api.get("/playground/nothing.js"), 404, "not found");
    }

    @Test
    void malformedBodiesAndValuesAre400() {
        String messages = "/playground/api/rooms/" + room + "/messages";
        refused(api.postRaw(messages, "application/json", "{not json".getBytes(StandardCharsets.UTF_8)), 400,
                "not valid JSON");
        refused(api.postRaw(messages, "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8)), 400,
                "JSON object");
        refused(api.post(messages, Map.of("text", "hi")), 400, "member is required");
        refused(api.post(messages, Map.of("member", anna, "text", 42)), 400, "text is a string");
        refused(api.post(messages, Map.of("member", anna, "text", "   ")), 400, "1-4096");
        refused(api.post(messages, Map.of("member", anna, "text", "x".repeat(4097))), 400, "1-4096");
        refused(api.post("/playground/api/rooms/" + room + "/presses", Map.of("member", anna,
                "payload", "p".repeat(65))), 400, "1-64 bytes");
        refused(api.post("/playground/api/rooms/" + room + "/members", Map.of("name", "")), 400, "name");
        refused(api.post("/playground/api/rooms/" + room + "/members", Map.of("name", "Bo", "language", "fr")), 400,
                "th, en or zh");
        refused(api.post("/playground/api/rooms/" + room + "/members/" + anna, Map.of("admin", "yes")), 400,
                "true or false");
        refused(api.post("/playground/api/rooms", Map.of("kind", "channel")), 400, "group or private");
        refused(api.get("/playground/api/events?after=-1"), 400, "after");
        refused(api.get("/playground/api/events?wait=99"), 400, "wait");
        refused(api.get("/playground/api/events?after=abc"), 400, "after is a number");
        refused(api.post("/playground/api/sandbox/orders/1/refund", Map.of()), 400, "amount");
        refused(api.post("/playground/api/sandbox/orders/1/price", Map.of("totalAmount", 1.5)), 400, "whole number");
        refused(api.post("/playground/api/sandbox/products/712345678901/price", Map.of("price", -5)), 400,
                "positive");
    }

    @Test
    void wrongContentTypesAre415AndPhotosAreChecked() {
        refused(api.postRaw("/playground/api/rooms/" + room + "/messages", "text/plain",
                ("{\"member\":\"" + anna + "\",\"text\":\"hi\"}").getBytes(StandardCharsets.UTF_8)), 415, "JSON");
        String photos = "/playground/api/rooms/" + room + "/photos?member=" + anna;
        refused(api.postRaw(photos, "application/octet-stream", PNG_HEADER), 415, "image/*");
        refused(api.postRaw(photos, "image/png", "not a picture".getBytes(StandardCharsets.UTF_8)), 400,
                "not a PNG");
        refused(api.postRaw(photos, "image/png", new byte[0]), 400, "no photo");
        refused(api.postRaw("/playground/api/rooms/" + room + "/photos", "image/png", PNG_HEADER), 400,
                "member is required");
        byte[] big = new byte[PlaygroundChannel.MAX_PHOTO_BYTES + 1];
        System.arraycopy(PNG_HEADER, 0, big, 0, PNG_HEADER.length);
        refused(api.postRaw(photos, "image/png", big), 413, "at most");
    }

    @Test
    void aPhotoJustUnderTheCapIsAccepted() {
        byte[] photo = new byte[2 * 1024 * 1024];
        System.arraycopy(PNG_HEADER, 0, photo, 0, PNG_HEADER.length);
        PlaygroundApi.check(api.postRaw("/playground/api/rooms/" + room + "/photos?member=" + anna
                + "&addressed=false", "image/png", photo), 202);
    }

    @Test
    void withoutTheSandboxItsControlsAreNotThere() {
        try (PlaygroundStack plain = new PlaygroundStack(dir.resolve("plain"), false)) {
            PlaygroundApi other = new PlaygroundApi(plain.baseUrl);
            assertThat(other.get("/playground/api/state").json().get("sandbox").asBoolean()).isFalse();
            refused(other.get("/playground/api/sandbox/orders"), 404, "sandbox mode only");
        }
    }

    @Test
    void thePageAndItsFilesAreServedWithTheirTypesAndAStrictPolicy() {
        PlaygroundApi.Answer page = api.get("/playground");
        PlaygroundApi.check(page, 200);
        PlaygroundApi.check(api.get("/playground/"), 200);
        assertThat(page.raw()).contains("data-testid=\"chat-log\"", "/playground/app.js")
                .doesNotContain("http://", "https://fonts", "cdn");
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("script-src 'self'", "connect-src 'self'"));
        for (String file : new String[] {"app.js", "messages.js", "sandbox.js", "style.css"}) {
            PlaygroundApi.Answer a = api.get("/playground/" + file);
            PlaygroundApi.check(a, 200);
            assertThat(a.raw()).doesNotContain("innerHTML", "https://", "eval(");
            assertThat(a.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                    assertThat(v).startsWith(file.endsWith(".js") ? "text/javascript" : "text/css"));
        }
    }
}
