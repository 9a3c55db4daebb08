package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.Fault;
import io.groupbuy.testing.line.LineEndpoint;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.InMemoryStores;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineImageTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int CAP = 64 * 1024;

    private final ScriptedConversation conversation = new ScriptedConversation();
    private final LineHarness h = new LineHarness(conversation, new InMemoryStores(),
            s -> s.withMaxImageBytes(CAP));
    private final String group = LineIds.groupId();
    private final String user = LineIds.userId();

    @AfterEach
    void stop() {
        h.close();
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        return bytes;
    }

    @Test
    void aPhotoIsDownloadedFromTheDataApiAndReachesTheConversation() {
        byte[] photo = jpeg(40_000);

        h.post(h.hooks.image(LineSource.group(group, user), photo, "image/jpeg"));
        Incoming in = conversation.awaitReceived(1, WAIT).get(0);

        assertThat(in.content()).isInstanceOf(Content.Photo.class);
        assertThat(((Content.Photo) in.content()).bytes()).isEqualTo(photo);
        assertThat(in.addressed()).isFalse(); // a group photo is searched only after "/search" (the engine decides)
        assertThat(h.line.requests(LineEndpoint.MESSAGE_CONTENT)).hasSize(1);
        h.line.await(d -> "ได้รับรูป 40000 ไบต์".equals(d.text()), WAIT);
    }

    @Test
    void aPhotoOverTheCapIsRefusedWithANoteInThai() {
        h.post(h.hooks.image(LineSource.user(user), jpeg(CAP + 1), "image/jpeg"));

        Delivered note = h.line.await(d -> user.equals(d.to()), WAIT);
        h.awaitIdle();

        assertThat(note.text()).startsWith("รูปนี้ใหญ่เกินไป");
        assertThat(note.via()).isEqualTo(Delivered.Via.REPLY);
        assertThat(conversation.received()).isEmpty();
    }

    @Test
    void aPhotoExactlyAtTheCapIsAccepted() {
        h.post(h.hooks.image(LineSource.user(user), jpeg(CAP), "image/jpeg"));

        Incoming in = conversation.awaitReceived(1, WAIT).get(0);

        assertThat(((Content.Photo) in.content()).bytes()).hasSize(CAP);
        assertThat(in.addressed()).isTrue();
    }

    @Test
    void aTransientDataApiFailureIsRetried() {
        h.line.failNext(LineEndpoint.MESSAGE_CONTENT, 1, Fault.serverError());

        h.post(h.hooks.image(LineSource.group(group, user), jpeg(1000), "image/jpeg"));

        assertThat(conversation.awaitReceived(1, WAIT).get(0).content()).isInstanceOf(Content.Photo.class);
    }

    @Test
    void contentThatIsGoneGetsANote() {
        h.post(h.hooks.image(LineSource.user(user), LineIds.messageId()));

        Delivered note = h.line.await(d -> user.equals(d.to()), WAIT);

        assertThat(note.text()).isEqualTo(LineEventTranslator.PHOTO_UNAVAILABLE);
    }

    @Test
    void aGroupPhotoThatCannotBeHadIsPassedOverSilently() {
        h.post(h.hooks.image(LineSource.group(group, user), jpeg(CAP + 1), "image/jpeg"));
        h.awaitIdle();

        assertThat(h.line.deliveredTo(group)).isEmpty();
        assertThat(conversation.received()).isEmpty();
    }
}
