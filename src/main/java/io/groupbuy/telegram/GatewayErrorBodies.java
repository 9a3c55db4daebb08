package io.groupbuy.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A proxy in front of the Bot API answers its own errors (nginx's HTML "502 Bad Gateway"). TelegramBots
 * cannot read such a body and reports the failure without its status, which would make it look like a
 * refusal; this turns the answer into the Bot API's own error shape, so the status decides what to do.
 */
final class GatewayErrorBodies implements Interceptor {
    private static final MediaType JSON = MediaType.get("application/json");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() < 500 || isJson(response)) {
            return response;
        }
        response.close();
        ObjectNode body = TelegramJson.MAPPER.createObjectNode().put("ok", false).put("error_code", response.code())
                .put("description", response.code() + " " + response.message());
        return response.newBuilder().body(ResponseBody.create(body.toString(), JSON)).build();
    }

    private static boolean isJson(Response response) {
        ResponseBody body = response.body();
        MediaType type = body == null ? null : body.contentType();
        return type != null && "json".equalsIgnoreCase(type.subtype());
    }
}
