package io.groupbuy.telegram;

import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Ends a session's waiting long poll at once and quietly. Cancelling the call would do, but then
 * TelegramBots logs an ERROR with a stack trace at every shutdown and restart; instead the poll's
 * socket is closed and the failure turned into an empty batch, which the library takes calmly.
 */
final class PollEnder extends EventListener implements Interceptor {
    private static final MediaType JSON = MediaType.get("application/json");

    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean ending;

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        sockets.add(connection.socket());
    }

    @Override
    public void connectionReleased(Call call, Connection connection) {
        sockets.remove(connection.socket());
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (IOException e) {
            if (!ending) {
                throw e;
            }
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200)
                    .message("OK").body(ResponseBody.create("{\"ok\":true,\"result\":[]}", JSON)).build();
        }
    }

    /** From now on every failed call of the session answers "no updates"; the open ones fail now. */
    void end() {
        ending = true;
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }
    }
}
