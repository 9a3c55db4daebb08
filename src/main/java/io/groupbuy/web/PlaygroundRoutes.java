package io.groupbuy.web;

import static io.groupbuy.web.PlaygroundRequests.bad;
import static io.groupbuy.web.PlaygroundRequests.body;
import static io.groupbuy.web.PlaygroundRequests.bool;
import static io.groupbuy.web.PlaygroundRequests.fen;
import static io.groupbuy.web.PlaygroundRequests.number;
import static io.groupbuy.web.PlaygroundRequests.required;
import static io.groupbuy.web.PlaygroundRequests.text;
import static io.groupbuy.web.PlaygroundRequests.unitPrices;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.playground.PlaygroundChannel;
import io.groupbuy.playground.PlaygroundFiles;
import io.groupbuy.playground.PlaygroundMember;
import io.groupbuy.playground.PlaygroundRefusal;
import io.groupbuy.playground.PlaygroundRoom;
import io.groupbuy.sandbox.SandboxAdmin;
import io.groupbuy.sandbox.SandboxAdminException;
import io.groupbuy.sandbox.SandboxOrderView;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /playground} (sandbox mode only): the page, its JSON API under {@code /playground/api/}
 * and the sandbox's admin controls proxied in-process (the browser never calls the sandbox's port).
 * Paths and bodies: docs/PLAYGROUND.md. Refusals are {@code {"error": "..."}} with 400, 404, 413 or 415;
 * never a stack trace.
 */
public final class PlaygroundRoutes {
    static final String API = "/playground/api";
    /** Longest long poll; below the usual 30 s idle timeouts of proxies and of Jetty. */
    static final int MAX_WAIT_SECONDS = 25;
    private static final Map<String, String> PAGE_FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "messages.js", "text/javascript; charset=utf-8",
            "sandbox.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");
    // The page loads only its own files; product pictures may come from the sandbox's port.
    private static final String CSP = "default-src 'self'; img-src 'self' http: https: data: blob:; "
            + "style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

    private final PlaygroundChannel playground;
    private final Optional<SandboxAdmin> sandbox;

    private PlaygroundRoutes(PlaygroundChannel playground, Optional<SandboxAdmin> sandbox) {
        this.playground = playground;
        this.sandbox = sandbox;
    }

    public static void register(WebServer server, PlaygroundChannel playground, Optional<SandboxAdmin> sandbox) {
        new PlaygroundRoutes(playground, sandbox).registerAll(server);
    }

    private void registerAll(WebServer server) {
        Map<String, byte[]> page = new HashMap<>();
        PAGE_FILES.keySet().forEach(name -> page.put(name, resource(name)));
        server.get("/playground", ctx -> pageFile(ctx, "index.html", page));
        server.get("/playground/{file}", ctx -> pageFile(ctx, ctx.pathParam("file"), page));

        server.get(API + "/state", guarded(this::state));
        server.get(API + "/rooms", guarded(ctx -> ctx.json(Map.of("rooms", rooms()))));
        server.post(API + "/rooms", guarded(this::createRoom));
        server.post(API + "/rooms/{room}/members", guarded(this::addMember));
        server.post(API + "/rooms/{room}/members/{member}", guarded(this::updateMember));
        server.post(API + "/rooms/{room}/messages", guarded(this::say));
        server.post(API + "/rooms/{room}/photos", guarded(this::photo));
        server.post(API + "/rooms/{room}/presses", guarded(this::press));
        server.get(API + "/events", guarded(this::events));
        server.beforeStop(playground.log()::close); // open long polls end before the server does
        server.get(API + "/files/{id}", guarded(this::file));

        server.get(API + "/sandbox/orders", guarded(this::orders));
        server.post(API + "/sandbox/orders/{order}/{action}", guarded(this::orderAction));
        server.post(API + "/sandbox/products/{product}/{action}", guarded(this::productAction));
        server.get(API + "/sandbox/callbacks", guarded(ctx -> ctx.json(Map.of("callbacks", admin().callbacks()))));
    }

    // ---- page

    private static void pageFile(Context ctx, String name, Map<String, byte[]> page) {
        byte[] body = page.get(name);
        if (body == null) {
            error(ctx, 404, "not found");
            return;
        }
        ctx.header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CSP).header("Referrer-Policy", "no-referrer")
                .contentType(PAGE_FILES.get(name)).result(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PlaygroundRoutes.class.getResourceAsStream("/playground/" + name)) {
            if (in == null) {
                throw new IllegalStateException("playground/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- rooms and members

    private void state(Context ctx) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("boot", playground.log().boot());
        s.put("latest", playground.log().latest());
        s.put("bot", "@bot");
        s.put("sandbox", sandbox.isPresent());
        s.put("maxPhotoBytes", PlaygroundChannel.MAX_PHOTO_BYTES);
        s.put("maxTextChars", PlaygroundChannel.MAX_TEXT_CHARS);
        s.put("rooms", rooms());
        ctx.json(s);
    }

    private List<Map<String, Object>> rooms() {
        return playground.rooms().all().stream().map(PlaygroundRoutes::room).toList();
    }

    private static Map<String, Object> room(PlaygroundRoom r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        m.put("members", r.members());
        return m;
    }

    private void createRoom(Context ctx) {
        JsonNode body = body(ctx);
        String kind = text(body, "kind");
        ChatKind k;
        if (kind == null || kind.equalsIgnoreCase("group")) {
            k = ChatKind.GROUP;
        } else if (kind.equalsIgnoreCase("private")) {
            k = ChatKind.PRIVATE;
        } else {
            throw bad("kind is group or private");
        }
        ctx.status(201).json(room(playground.createRoom(text(body, "title"), k)));
    }

    private void addMember(Context ctx) {
        JsonNode body = body(ctx);
        PlaygroundMember m = playground.addMember(ctx.pathParam("room"), text(body, "name"), text(body, "language"),
                Boolean.TRUE.equals(bool(body, "admin")));
        ctx.status(201).json(m);
    }

    private void updateMember(Context ctx) {
        JsonNode body = body(ctx);
        ctx.json(playground.updateMember(ctx.pathParam("room"), ctx.pathParam("member"), text(body, "name"),
                text(body, "language"), bool(body, "admin")));
    }

    // ---- what members do

    private void say(Context ctx) {
        JsonNode body = body(ctx);
        ctx.status(202).json(playground.say(ctx.pathParam("room"), required(body, "member"), text(body, "text")));
    }

    private void press(Context ctx) {
        JsonNode body = body(ctx);
        ctx.status(202).json(playground.press(ctx.pathParam("room"), required(body, "member"), text(body, "payload"),
                text(body, "label")));
    }

    /** The picture is the raw request body (image/*); member, caption and addressed are query parameters. */
    private void photo(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("image/")) {
            error(ctx, 415, "send the picture as the body with an image/* content type");
            return;
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > PlaygroundChannel.MAX_PHOTO_BYTES) {
            discardSmallOversize(ctx, declared);
            error(ctx, 413, "a photo is at most " + PlaygroundChannel.MAX_PHOTO_BYTES + " bytes");
            return;
        }
        String member = ctx.queryParam("member");
        if (member == null || member.isEmpty()) {
            throw bad("member is required");
        }
        playground.rooms().require(ctx.pathParam("room")).require(member);
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(PlaygroundChannel.MAX_PHOTO_BYTES + 1);
        } catch (IOException e) {
            error(ctx, 400, "the upload broke off");
            return;
        }
        String addressed = ctx.queryParam("addressed");
        ctx.status(202).json(playground.sendPhoto(ctx.pathParam("room"), member, bytes,
                ctx.queryParam("caption"), addressed == null || !addressed.equalsIgnoreCase("false")));
    }

    /**
     * Reads a body that is a little too large before refusing it: a client still sending when the
     * server answers and closes may see the connection reset instead of the 413 and its message.
     * Far larger bodies are not read (the connection closes; that client gets no explanation).
     */
    private static void discardSmallOversize(Context ctx, long declared) {
        if (declared > 2L * PlaygroundChannel.MAX_PHOTO_BYTES) {
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the client gave up sending: the refusal below is all that is left to do
        }
    }

    private void events(Context ctx) {
        long after = number(ctx.queryParam("after"), 0, Long.MAX_VALUE, 0, "after");
        int wait = (int) number(ctx.queryParam("wait"), 0, MAX_WAIT_SECONDS, MAX_WAIT_SECONDS, "wait");
        String room = ctx.queryParam("room");
        if (room != null) {
            playground.rooms().require(room);
        }
        ctx.header("Cache-Control", "no-store");
        ctx.future(() -> playground.log().await(after, room, Duration.ofSeconds(wait)).thenAccept(ctx::json));
    }

    private void file(Context ctx) {
        PlaygroundFiles.StoredFile f = playground.files().get(ctx.pathParam("id"))
                .orElseThrow(() -> new PlaygroundRefusal(PlaygroundRefusal.Reason.NOT_FOUND, "no such file"));
        ctx.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, max-age=3600");
        if (f.fileName() != null) {
            String ascii = f.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
            ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        ctx.contentType(f.contentType()).result(f.bytes());
    }

    // ---- sandbox controls

    private SandboxAdmin admin() {
        return sandbox.orElseThrow(() -> new PlaygroundRefusal(PlaygroundRefusal.Reason.NOT_FOUND,
                "no sandbox: the playground runs in sandbox mode only"));
    }

    private void orders(Context ctx) {
        String room = ctx.queryParam("room");
        List<Map<String, Object>> rows = admin().orders().stream()
                .sorted(Comparator.comparingLong(SandboxOrderView::createTime).reversed())
                .map(o -> {
                    Optional<PlaygroundChannel.RoomOrder> ours = playground.roomOrder(o.platform(), o.orderId());
                    Map<String, Object> row = new LinkedHashMap<>();
                    ours.ifPresent(r -> row.put("room", r));
                    row.put("order", o);
                    return row;
                })
                .filter(row -> room == null || room.isEmpty()
                        || (row.get("room") instanceof PlaygroundChannel.RoomOrder r && r.room().equals(room)))
                .toList();
        ctx.json(Map.of("orders", rows));
    }

    private void orderAction(Context ctx) {
        SandboxAdmin admin = admin();
        String id = ctx.pathParam("order");
        JsonNode body = body(ctx);
        Object result = switch (ctx.pathParam("action")) {
            case "advance" -> admin.advanceOrder(id, Boolean.TRUE.equals(bool(body, "pay")));
            case "pay" -> admin.payOrder(id);
            case "ship" -> admin.ship(id, text(body, "company"), text(body, "number"));
            case "cancel" -> admin.cancelOrder(id, text(body, "reason"));
            case "price" -> admin.changeOrderPrice(id, fen(body, "totalAmount"), unitPrices(body));
            case "refund" -> {
                Long amount = fen(body, "amount");
                if (amount == null) {
                    throw bad("amount (fen) is required");
                }
                yield Map.of("refundId", admin.refund(id, amount, text(body, "lineId")));
            }
            default -> throw new PlaygroundRefusal(PlaygroundRefusal.Reason.NOT_FOUND, "no such action");
        };
        ctx.json(result);
    }

    private void productAction(Context ctx) {
        SandboxAdmin admin = admin();
        String id = ctx.pathParam("product");
        JsonNode body = body(ctx);
        switch (ctx.pathParam("action")) {
            case "price" -> {
                Long price = fen(body, "price");
                if (price == null) {
                    throw bad("price (fen) is required");
                }
                admin.changeProductPrice(id, text(body, "skuId"), price, fen(body, "promotionPrice"));
            }
            case "stock" -> {
                Long stock = fen(body, "stock");
                if (stock == null) {
                    throw bad("stock is required");
                }
                admin.changeProductStock(id, text(body, "skuId"), stock);
            }
            default -> throw new PlaygroundRefusal(PlaygroundRefusal.Reason.NOT_FOUND, "no such action");
        }
        ctx.json(Map.of("ok", true));
    }

    // ---- request parsing and errors

    private Handler guarded(Handler handler) {
        return ctx -> {
            ctx.header("Cache-Control", "no-store");
            try {
                handler.handle(ctx);
            } catch (PlaygroundRefusal r) {
                error(ctx, switch (r.reason()) {
                    case UNKNOWN_ROOM, UNKNOWN_MEMBER, NOT_FOUND -> 404;
                    case BAD_INPUT -> 400;
                    case TOO_LARGE -> 413;
                    case UNSUPPORTED -> 415;
                    case LIMIT_REACHED -> 409;
                }, r.getMessage());
            } catch (SandboxAdminException e) {
                error(ctx, e.code() == 404 || e.code() == 409 ? e.code() : 400, e.getMessage());
            }
        };
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }
}
