package io.groupbuy.testing.line;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * HTTP plumbing of {@link LineApiFake}: reads the request, checks the bearer token, applies an
 * injected fault, routes, records, answers with {@code x-line-request-id}.
 */
final class LineApiHandler implements HttpHandler {
    private static final String MISSING_AUTH =
            "Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'";
    private static final String BAD_AUTH =
            "Authentication failed. Confirm that the access token in the authorization header is valid.";

    /** Which endpoints one server answers: the API ones, the data API ones, or both. */
    enum Serves { API, DATA, BOTH }

    private final String channelToken;
    private final Clock clock;
    private final LineDirectory directory;
    private final FaultRules faults;
    private final LineRecorder recorder;
    private final MessageEndpoints messages;
    private final Serves serves;

    LineApiHandler(String channelToken, Clock clock, LineDirectory directory, FaultRules faults,
            LineRecorder recorder, MessageEndpoints messages, Serves serves) {
        this.channelToken = channelToken;
        this.clock = clock;
        this.directory = directory;
        this.faults = faults;
        this.recorder = recorder;
        this.messages = messages;
        this.serves = serves;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Incoming in = read(ex);
            LineEndpoint endpoint = endpointOf(in);
            Fault fault = null;
            FakeResponse response = authenticate(in);
            if (response == null) {
                fault = faults.take(endpoint, in.path());
                if (fault instanceof Fault.Delay d) {
                    pause(d);
                }
                if (fault instanceof Fault.DropConnection) {
                    record(endpoint, in, -1);
                    return; // closing an exchange that sent no headers closes the connection
                }
                response = fault instanceof Fault.Status s
                        ? FakeResponse.json(s.status(), s.jsonBody())
                        : route(endpoint, in);
            }
            boolean lost = fault instanceof Fault.LostResponse;
            record(endpoint, in, lost ? -1 : response.status());
            if (!lost) {
                send(ex, in.requestId(), response);
            }
        } catch (RuntimeException e) {
            // A bug in the fake must not look like a dropped connection to the client under test.
            FakeResponse broken = FakeResponse.message(500, "LineApiFake failed: " + e);
            send(ex, LineIds.requestId(), broken);
        }
    }

    private LineEndpoint endpointOf(Incoming in) {
        LineEndpoint e = LineEndpoint.of(in.method(), in.path());
        boolean served = switch (serves) {
            case BOTH -> true;
            case API -> !e.onDataApi();
            case DATA -> e.onDataApi();
        };
        return served ? e : LineEndpoint.UNKNOWN;
    }

    private FakeResponse authenticate(Incoming in) {
        String auth = in.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return FakeResponse.message(401, MISSING_AUTH);
        }
        return auth.substring(7).equals(channelToken) ? null : FakeResponse.message(401, BAD_AUTH);
    }

    private FakeResponse route(LineEndpoint endpoint, Incoming in) {
        if (endpoint != LineEndpoint.PUSH && in.header("X-Line-Retry-Key") != null) {
            // Retry keys are for push, multicast, narrowcast and broadcast only (retrying-api-request).
            return FakeResponse.message(400, "The X-Line-Retry-Key header is not supported by this API");
        }
        return switch (endpoint) {
            case REPLY -> messages.reply(in);
            case PUSH -> messages.push(in);
            case PROFILE -> found(directory.profile(in.segment(4)));
            case GROUP_MEMBER_PROFILE, ROOM_MEMBER_PROFILE -> found(directory.member(in.segment(4), in.segment(6)));
            case GROUP_SUMMARY -> found(directory.group(in.segment(4)));
            case LOADING_ANIMATION -> loading(in);
            case MESSAGE_CONTENT -> directory.content(in.segment(4))
                    .map(c -> new FakeResponse(200, c.bytes(), c.contentType(), Map.of()))
                    .orElseGet(FakeResponse::notFound);
            case UNKNOWN -> FakeResponse.notFound();
        };
    }

    private static FakeResponse found(java.util.Optional<? extends JsonNode> node) {
        return node.map(n -> FakeResponse.json(200, n)).orElseGet(FakeResponse::notFound);
    }

    private FakeResponse loading(Incoming in) {
        if (in.json() == null || !in.json().isObject()) {
            return MessageEndpoints.unparsable(in);
        }
        List<ValidationChecks.Detail> details = new ArrayList<>();
        if (!LineIds.isUserId(in.json().path("chatId").asText(""))) {
            details.add(new ValidationChecks.Detail("Only user id is acceptable, please confirm if there are any "
                    + "group/room ids or illegal ids.", "chatId"));
        }
        JsonNode seconds = in.json().get("loadingSeconds");
        if (seconds != null && !seconds.isNull()) {
            int s = seconds.asInt();
            if (!seconds.canConvertToInt() || s < 5 || s > 60) {
                details.add(new ValidationChecks.Detail("Must be between 5 and 60", "loadingSeconds"));
            }
            if (s % 5 != 0) {
                details.add(new ValidationChecks.Detail("must be a multiple of five", "loadingSeconds"));
            }
        }
        return details.isEmpty() ? FakeResponse.json(202, "{}") : FakeResponse.invalid(details);
    }

    private Incoming read(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        JsonNode json = null;
        String parseError = null;
        if (body.length > 0) {
            try {
                json = LineJson.parse(body);
            } catch (JsonProcessingException e) {
                parseError = e.getLocation() == null ? null
                        : "(line: " + e.getLocation().getLineNr() + ", column: " + e.getLocation().getColumnNr() + ")";
            }
        }
        return new Incoming(ex.getRequestMethod(), ex.getRequestURI().getPath(), Map.copyOf(headers), body, json,
                parseError, LineIds.requestId());
    }

    private void record(LineEndpoint endpoint, Incoming in, int status) {
        recorder.request(new RecordedRequest(endpoint, in.method(), in.path(), in.headers(), in.body(), in.json(),
                status, in.requestId(), clock.instant()));
    }

    private static void send(HttpExchange ex, String requestId, FakeResponse r) throws IOException {
        ex.getResponseHeaders().set("Content-Type", r.contentType());
        ex.getResponseHeaders().set("x-line-request-id", requestId);
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(r.body());
        }
    }

    private static void pause(Fault.Delay d) {
        try {
            Thread.sleep(d.duration().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
