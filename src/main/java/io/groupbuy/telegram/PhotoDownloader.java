package io.groupbuy.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches the photo a member sent: the largest size within the cap, getFile for its path, then our
 * own GET of {@code {TELEGRAM_API_URL}/file/bot<token>/<path>} (the library's download ignores a
 * custom base URL and does not check the status). The status must be 200, the type an image, and the
 * body is cut off past the cap while streaming. Never logs the URL: it holds the token.
 */
final class PhotoDownloader {
    private static final Logger log = LoggerFactory.getLogger(PhotoDownloader.class);

    /** A photo that can never be fetched (gone, too large, not an image): the engine is told it is unreadable. */
    static final byte[] UNREADABLE = new byte[0];

    private final TelegramClient client;
    private final OkHttpClient http;
    private final TelegramSettings settings;

    PhotoDownloader(TelegramClient client, OkHttpClient http, TelegramSettings settings) {
        this.client = client;
        this.http = http;
        this.settings = settings;
    }

    /**
     * The bytes of the best size, or {@link #UNREADABLE}. Throws IOException on failures worth another
     * attempt (connection, 5xx), which the inbox pump retries.
     */
    byte[] download(List<PhotoSize> sizes) throws IOException {
        PhotoSize best = choose(sizes, settings.maxPhotoBytes());
        File file;
        try {
            file = client.execute(GetFile.builder().fileId(best.getFileId()).build());
        } catch (TelegramApiException e) {
            SendFailure failure = SendFailure.of(e);
            if (failure instanceof SendFailure.Rejected r && r.code() > 0 && r.code() < 500) {
                log.info("telegram: getFile refused ({}): photo unreadable", r.description());
                return UNREADABLE;
            }
            throw new IOException("getFile failed: " + failure, e);
        }
        if (file == null || file.getFilePath() == null) {
            return UNREADABLE;
        }
        if (file.getFileSize() != null && file.getFileSize() > settings.maxPhotoBytes()) {
            log.info("telegram: photo of {} bytes is over the cap", file.getFileSize());
            return UNREADABLE;
        }
        Request request = new Request.Builder().url(TelegramHttp.fileUrl(settings, file.getFilePath())).get().build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() >= 500) {
                throw new IOException("file download answered " + response.code());
            }
            if (response.code() != 200) {
                log.info("telegram: file download answered {}: photo unreadable", response.code());
                return UNREADABLE;
            }
            ResponseBody body = response.body();
            String type = body.contentType() == null ? "" : body.contentType().toString().toLowerCase(Locale.ROOT);
            if (type.startsWith("application/json") || type.startsWith("text/")) {
                log.info("telegram: file download returned {} instead of an image", type);
                return UNREADABLE;
            }
            if (body.contentLength() > settings.maxPhotoBytes()) {
                return UNREADABLE;
            }
            return readCapped(body.byteStream(), settings.maxPhotoBytes());
        }
    }

    /** The largest size whose known size fits the cap; else the smallest, which is the best chance. */
    static PhotoSize choose(List<PhotoSize> sizes, long cap) {
        Comparator<PhotoSize> byArea =
                Comparator.comparingLong(p -> (long) orZero(p.getWidth()) * orZero(p.getHeight()));
        return sizes.stream()
                .filter(p -> p.getFileSize() == null || p.getFileSize() <= cap)
                .max(byArea.thenComparingLong(p -> orZero(p.getFileSize())))
                .orElseGet(() -> sizes.stream().min(byArea).orElseThrow());
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
        if (bytes.length > cap) {
            log.info("telegram: photo download exceeded the cap of {} bytes", cap);
            return UNREADABLE;
        }
        return bytes;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
