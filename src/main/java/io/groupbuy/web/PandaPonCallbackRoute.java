package io.groupbuy.web;

import io.groupbuy.pandapon.PandaPonCallbackReceiver;

/** {@code POST /pandapon/callback/{token}}: PandaPon's pushes, recorded first and answered within its 1000 ms. */
public final class PandaPonCallbackRoute {
    public static final String PATH = "/pandapon/callback/{token}";

    private PandaPonCallbackRoute() {
    }

    public static void register(WebServer server, PandaPonCallbackReceiver receiver) {
        server.post(PATH, ctx -> {
            long declared = ctx.req().getContentLengthLong();
            if (declared > PandaPonCallbackReceiver.MAX_BODY_BYTES) {
                ctx.status(413).contentType("application/json").result("{\"error\":\"too large\"}");
                return;
            }
            PandaPonCallbackReceiver.Answer answer = receiver.receive(ctx.pathParam("token"), ctx.bodyAsBytes());
            ctx.status(answer.status()).contentType("application/json").result(answer.body());
        });
        // Some consoles verify a URL with a GET: answer it like the POST probe.
        server.get(PATH, ctx -> {
            boolean known = receiver.tokenMatches(ctx.pathParam("token"));
            ctx.status(known ? 200 : 404).contentType("application/json")
                    .result(known ? "{\"ok\":true}" : "{\"error\":\"not found\"}");
        });
    }
}
