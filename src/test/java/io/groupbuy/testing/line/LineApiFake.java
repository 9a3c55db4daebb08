package io.groupbuy.testing.line;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A fake LINE Messaging API on real sockets (127.0.0.1, ephemeral ports), for driving the real
 * LINE SDK ({@code MessagingApiClient}, {@code MessagingApiBlobClient} with {@code .apiEndPoint})
 * and the bot's own HTTP code. Behaviour follows the public reference; see the package classes
 * for what is validated. By default the API ({@link #baseUrl()}) and the data API
 * ({@link #dataBaseUrl()}) are two servers, as {@code api.line.me} and {@code api-data.line.me} are,
 * so a client wired to the wrong one gets 404.
 *
 * <pre>{@code
 * try (LineApiFake line = LineApiFake.builder().channelToken("tok").start()) {
 *     MessagingApiClient api = MessagingApiClient.builder("tok")
 *             .apiEndPoint(line.baseUri()).usingDefaultLogger(false).build();
 *     ...
 *     Delivered d = line.await(m -> m.to().equals(groupId), Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class LineApiFake implements AutoCloseable, ReplyTokenIssuer {
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final String channelToken;
    private final Clock clock;
    private final ReplyTokens replyTokens;
    private final LineDirectory directory = new LineDirectory();
    private final FaultRules faults = new FaultRules();
    private final LineRecorder recorder = new LineRecorder();
    private final ExecutorService executor;
    private final HttpServer api;
    private final HttpServer data;
    private volatile boolean requireHttps;

    private LineApiFake(Builder b) throws IOException {
        this.channelToken = b.channelToken;
        this.clock = b.clock;
        this.requireHttps = b.requireHttps;
        this.replyTokens = new ReplyTokens(clock, b.replyTokenTtl);
        BooleanSupplier https = () -> requireHttps;
        MessageEndpoints messages = new MessageEndpoints(clock, replyTokens, new RetryKeys(clock), recorder, https);
        int n = INSTANCES.incrementAndGet();
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "line-api-fake-" + n);
            t.setDaemon(true);
            return t;
        });
        LineApiHandler.Serves apiServes = b.separateDataServer ? LineApiHandler.Serves.API : LineApiHandler.Serves.BOTH;
        this.api = server(b.port, new LineApiHandler(channelToken, clock, directory, faults, recorder, messages, apiServes));
        this.data = b.separateDataServer
                ? server(0, new LineApiHandler(channelToken, clock, directory, faults, recorder, messages,
                        LineApiHandler.Serves.DATA))
                : api;
    }

    private HttpServer server(int port, LineApiHandler handler) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        s.createContext("/", handler);
        s.setExecutor(executor);
        s.start();
        return s;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a fake with defaults (ephemeral ports, 60 s reply tokens, HTTP image URLs allowed). */
    public static LineApiFake start(String channelToken) {
        return builder().channelToken(channelToken).start();
    }

    // ---- where it listens ----

    /** {@code http://127.0.0.1:<port>}: the value for {@code LINE_API_URL} / {@code MessagingApiClient.apiEndPoint}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + api.getAddress().getPort();
    }

    public URI baseUri() {
        return URI.create(baseUrl());
    }

    /** The data API ({@code LINE_DATA_API_URL}, {@code MessagingApiBlobClient.apiEndPoint}). */
    public String dataBaseUrl() {
        return "http://127.0.0.1:" + data.getAddress().getPort();
    }

    public URI dataBaseUri() {
        return URI.create(dataBaseUrl());
    }

    public String channelToken() {
        return channelToken;
    }

    /** The clock the fake measures token expiry with; {@link LineWebhooks#forFake} stamps events with it. */
    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        api.stop(0);
        if (data != api) {
            data.stop(0);
        }
        executor.shutdownNow();
    }

    // ---- test API: simulate LINE's side ----

    /** A reply token for an event in this chat (group, room or user id); replies count as delivered to it. */
    @Override
    public String issueReplyToken(String chatId) {
        return replyTokens.issue(chatId);
    }

    /** A reply token not tied to a chat ({@link Delivered#to()} will be null). */
    public String issueReplyToken() {
        return replyTokens.issue(null);
    }

    /** Used by {@link LineWebhooks#redelivery}: the token becomes usable again for the TTL, within 20 min of issue. */
    @Override
    public void redelivered(String replyToken) {
        replyTokens.redelivered(replyToken);
    }

    /** Every reply token issued so far expires now (the clock-free way to test a late reply). */
    public void expireReplyTokens() {
        replyTokens.expireAll();
    }

    /** TTL for tokens issued from now on (default 60 s). */
    public void replyTokenTtl(Duration ttl) {
        replyTokens.ttl(ttl);
    }

    /** Makes image, video and icon URLs that are not HTTPS a 400, as in real LINE (off by default). */
    public void requireHttpsUrls(boolean required) {
        this.requireHttps = required;
    }

    /** A member of a group ({@code C…}) or room ({@code R…}), for the member-profile endpoints. */
    public void registerMember(String groupOrRoomId, String userId, String displayName) {
        registerMember(groupOrRoomId, userId, displayName, null);
    }

    public void registerMember(String groupOrRoomId, String userId, String displayName, String pictureUrl) {
        directory.member(groupOrRoomId, userId, displayName, pictureUrl);
    }

    /** A friend of the bot, for {@code GET /v2/bot/profile/{userId}}. */
    public void registerProfile(String userId, String displayName, String language) {
        directory.profile(userId, displayName, null, language, null);
    }

    /** For {@code GET /v2/bot/group/{groupId}/summary}. */
    public void registerGroup(String groupId, String groupName) {
        directory.group(groupId, groupName, null);
    }

    /** Content a user sent, for {@code GET /v2/bot/message/{messageId}/content} on the data API. */
    public void registerContent(String messageId, byte[] bytes, String contentType) {
        directory.content(messageId, bytes, contentType);
    }

    // ---- faults ----

    /** The next {@code times} requests to this endpoint get the fault (after the bearer-token check). */
    public void failNext(LineEndpoint endpoint, int times, Fault fault) {
        faults.add(Objects.requireNonNull(endpoint), times, Objects.requireNonNull(fault));
    }

    /** Same, for requests whose path matches the regex entirely (any method, either server). */
    public void failNext(String pathRegex, int times, Fault fault) {
        faults.add(pathRegex, times, Objects.requireNonNull(fault));
    }

    public void clearFaults() {
        faults.clear();
    }

    // ---- what happened ----

    public List<RecordedRequest> requests() {
        return recorder.requests();
    }

    public List<RecordedRequest> requests(LineEndpoint endpoint) {
        return recorder.requests().stream().filter(r -> r.endpoint() == endpoint).toList();
    }

    /** Every message accepted, in order. */
    public List<Delivered> delivered() {
        return recorder.delivered();
    }

    public List<Delivered> deliveredTo(String chatOrUserId) {
        return recorder.delivered().stream().filter(d -> Objects.equals(d.to(), chatOrUserId)).toList();
    }

    /** Reply requests processed (answered 200, or processed and their answer lost); each holds 1-5 messages. */
    public int replyCount() {
        return acceptedRequests(Delivered.Via.REPLY);
    }

    /** Push requests processed (a 409 retry is not counted: nothing was delivered). */
    public int pushCount() {
        return acceptedRequests(Delivered.Via.PUSH);
    }

    /** Responses with status 429, injected or not. */
    public int rateLimitedCount() {
        return responsesWithStatus(429);
    }

    public int responsesWithStatus(int status) {
        return (int) recorder.requests().stream().filter(r -> r.status() == status).count();
    }

    /** Waits for a delivered message matching the predicate; AssertionError listing deliveries on timeout. */
    public Delivered await(Predicate<Delivered> predicate, Duration timeout) {
        Delivered[] found = new Delivered[1];
        boolean ok = recorder.await(() -> {
            found[0] = recorder.delivered().stream().filter(predicate).findFirst().orElse(null);
            return found[0] != null;
        }, timeout);
        if (!ok) {
            throw new AssertionError("No matching LINE message within " + timeout + "; delivered: " + delivered());
        }
        return found[0];
    }

    /** Waits for a recorded request matching the predicate (e.g. the retry after an injected 429). */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> predicate, Duration timeout) {
        RecordedRequest[] found = new RecordedRequest[1];
        boolean ok = recorder.await(() -> {
            found[0] = recorder.requests().stream().filter(predicate).findFirst().orElse(null);
            return found[0] != null;
        }, timeout);
        if (!ok) {
            throw new AssertionError("No matching request within " + timeout + "; requests: " + requests());
        }
        return found[0];
    }

    /** Forgets recorded requests and deliveries (not tokens, keys, directory or faults). */
    public void clearRecordings() {
        recorder.clear();
    }

    private int acceptedRequests(Delivered.Via via) {
        return (int) recorder.delivered().stream().filter(d -> d.via() == via)
                .map(Delivered::requestId).distinct().count();
    }

    /** Settings; every one has a default. */
    public static final class Builder {
        private String channelToken = "line-fake-channel-token";
        private Clock clock = Clock.systemUTC();
        private Duration replyTokenTtl = Duration.ofSeconds(60);
        private boolean requireHttps;
        private boolean separateDataServer = true;
        private int port;

        private Builder() {
        }

        public Builder channelToken(String token) {
            this.channelToken = Objects.requireNonNull(token);
            return this;
        }

        /** Clock for reply-token expiry, the 24 h retry-key window and timestamps (e.g. {@link MutableClock}). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        public Builder replyTokenTtl(Duration ttl) {
            this.replyTokenTtl = Objects.requireNonNull(ttl);
            return this;
        }

        public Builder requireHttpsUrls(boolean required) {
            this.requireHttps = required;
            return this;
        }

        /** false: one server answers both API and data API paths ({@link #dataBaseUrl()} = {@link #baseUrl()}). */
        public Builder separateDataServer(boolean separate) {
            this.separateDataServer = separate;
            return this;
        }

        /** Fixed API port; 0 (the default) picks a free one. Tests should keep 0. */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        public LineApiFake start() {
            try {
                return new LineApiFake(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
