package io.groupbuy.line;

import com.linecorp.bot.client.base.BlobContent;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads what a member sent (a photo) from the data API right away (LINE keeps content only for
 * an unstated while), streaming and stopping at the size cap so a huge file never fills memory.
 */
final class LineContent {
    private static final Logger log = LoggerFactory.getLogger(LineContent.class);

    sealed interface Download {
    }

    record Downloaded(byte[] bytes) implements Download {
    }

    record TooLarge(long limit) implements Download {
    }

    record Unavailable(String why) implements Download {
    }

    private final MessagingApiBlobClient blob;
    private final long maxBytes;
    private final Backoff backoff;

    LineContent(MessagingApiBlobClient blob, long maxBytes, Backoff backoff) {
        this.blob = blob;
        this.maxBytes = maxBytes;
        this.backoff = backoff;
    }

    Download fetch(String messageId) {
        for (int attempt = 1; ; attempt++) {
            try {
                BlobContent content = LineCallFailure.await(blob.getMessageContent(messageId));
                return read(content);
            } catch (LineCallFailure f) {
                boolean again = f.kind() == LineCallFailure.Kind.TRANSIENT || f.kind() == LineCallFailure.Kind.UNCERTAIN;
                if (!again || attempt >= backoff.attempts() || !Backoff.pause(backoff.before(attempt + 1))) {
                    log.warn("LINE content {} unavailable: {}", messageId, f.getMessage());
                    return new Unavailable(f.getMessage());
                }
            } catch (IOException e) {
                log.warn("LINE content {}: reading failed: {}", messageId, e.toString());
                return new Unavailable(e.getClass().getSimpleName());
            }
        }
    }

    private Download read(BlobContent content) throws IOException {
        try (InputStream in = content.byteStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    return new TooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return new Downloaded(out.toByteArray());
        }
    }
}
