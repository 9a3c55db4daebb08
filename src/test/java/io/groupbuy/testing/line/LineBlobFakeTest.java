package io.groupbuy.testing.line;

import static io.groupbuy.testing.line.LineSdk.error;
import static io.groupbuy.testing.line.LineSdk.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.linecorp.bot.client.base.BlobContent;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineBlobFakeTest {
    private final LineApiFake line = LineApiFake.start("blob-token");

    @AfterEach
    void stop() {
        line.close();
    }

    @Test
    void messageContentComesFromTheDataApiWithItsMimeType() throws IOException {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        String id = LineIds.messageId();
        line.registerContent(id, jpeg, "image/jpeg");

        BlobContent content = ok(LineSdk.blob(line).getMessageContent(id)).body();

        assertThat(content.mimeType()).isEqualTo("image/jpeg");
        try (InputStream in = content.byteStream()) {
            assertThat(in.readAllBytes()).isEqualTo(jpeg);
        }
        assertThat(line.requests(LineEndpoint.MESSAGE_CONTENT)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(200));
    }

    @Test
    void unknownContentIs404() {
        assertThat(error(LineSdk.blob(line).getMessageContent(LineIds.messageId())).getCode()).isEqualTo(404);
    }

    @Test
    void contentIsNotServedOnTheApiHostAsOnRealLine() {
        String id = LineIds.messageId();
        line.registerContent(id, new byte[] {1}, "image/png");
        MessagingApiBlobClient miswired = MessagingApiBlobClient.builder(line.channelToken())
                .apiEndPoint(line.baseUri()).usingDefaultLogger(false).build();

        assertThat(line.dataBaseUrl()).isNotEqualTo(line.baseUrl());
        assertThat(error(miswired.getMessageContent(id)).getCode()).isEqualTo(404);
    }

    @Test
    void oneServerForBothWhenAsked() {
        try (LineApiFake single = LineApiFake.builder().separateDataServer(false).start()) {
            String id = LineIds.messageId();
            single.registerContent(id, new byte[] {7}, "image/png");

            assertThat(single.dataBaseUrl()).isEqualTo(single.baseUrl());
            assertThat(ok(LineSdk.blob(single).getMessageContent(id)).body().mimeType()).isEqualTo("image/png");
        }
    }
}
