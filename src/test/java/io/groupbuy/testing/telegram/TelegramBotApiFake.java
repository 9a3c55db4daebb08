package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A fake of the Telegram Bot API on a real socket (127.0.0.1), faithful to https://core.telegram.org/bots/api
 * so that the real TelegramBots client, its long-polling application, or the bot jar can run against it.
 * Point clients at {@code new TelegramUrl("http", "127.0.0.1", fake.port(), false)}. Thread-safe.
 *
 * <p>Chats are known from pushed updates or {@link #addChat}; calls to unknown chats fail with
 * 400 "chat not found", as in Telegram. Dates are in seconds from the injected {@link Clock}.
 */
public final class TelegramBotApiFake implements AutoCloseable {
  public static final String DEFAULT_TOKEN = "424242:FakeTokenForTestsOnly";

  static {
    // The JDK server writes headers and body as two segments; without TCP_NODELAY, Nagle plus the client's
    // delayed ACK add ~40 ms to every call (22 calls/s sequentially). Read once, when the first JDK
    // HttpServer in this JVM starts, so it only helps if no other one started before.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final FakeState state;
  private final HttpServer server;
  private final ExecutorService executor;
  private final WebhookDeliverer webhook;
  private final UpdatePusher pusher;

  TelegramBotApiFake(TelegramBotApiFakeBuilder b) throws IOException {
    FakeUser bot = new FakeUser(botIdOf(b.token), b.botFirstName, b.botUsername, null, true);
    state = new FakeState(b.token, bot, b.clock, b.firstUpdateId, b.floodLimits, b.enforceLimits,
        b.webhookMaxAttempts, b.webhookFirstBackoff);
    BotApiDispatcher dispatcher = new BotApiDispatcher(state);
    pusher = new UpdatePusher(state);
    webhook = new WebhookDeliverer(state, dispatcher);
    AtomicInteger threads = new AtomicInteger();
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "telegram-fake-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 128);
    server.createContext("/", new BotApiHttpHandler(state, dispatcher));
    server.setExecutor(executor);
    server.start();
    webhook.start();
  }

  public static TelegramBotApiFakeBuilder builder() {
    return new TelegramBotApiFakeBuilder();
  }

  /** A fake with the default token on an ephemeral port. */
  public static TelegramBotApiFake start() {
    return builder().start();
  }

  // ---- server -----------------------------------------------------------------------------------------

  public int port() {
    return server.getAddress().getPort();
  }

  /** E.g. {@code http://127.0.0.1:41234}; methods live under {@code /bot<token>/}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public String token() {
    return state.token;
  }

  /** The bot's user id (the number before ':' in the token). */
  public long botId() {
    return state.bot.id();
  }

  public String botUsername() {
    return state.bot.username();
  }

  public FakeUser botUser() {
    return state.bot;
  }

  @Override
  public void close() {
    synchronized (state) {
      if (state.closed) {
        return;
      }
      state.closed = true;
      state.changed();
    }
    server.stop(0);
    executor.shutdownNow();
    try {
      webhook.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- chats, users, files ------------------------------------------------------------------------------

  /** Makes a chat known; type is "private", "group", "supergroup" or "channel"; title is the first name for private. */
  public void addChat(long chatId, String type, String title) {
    synchronized (state) {
      state.chats.upsert(chatId, type, title);
    }
  }

  public void addUser(long userId, String firstName, String languageCode) {
    synchronized (state) {
      state.chats.upsertUser(FakeUser.of(userId, firstName, languageCode));
    }
  }

  /** Sets a user's role in a chat, as getChatMember and getChatAdministrators report it. */
  public void setChatMember(long chatId, long userId, String firstName, ChatMemberStatus status) {
    synchronized (state) {
      FakeChat chat = state.chats.known(chatId);
      if (userId == botId()) {
        chat.botStatus = status;
      } else {
        state.chats.upsertUser(state.chats.user(userId).orElse(FakeUser.of(userId, firstName)));
        chat.roles.put(userId, status);
      }
    }
  }

  /** The bot's own status in a chat (ADMINISTRATOR lets it delete users' messages; LEFT/KICKED gives 403). */
  public void setBotStatus(long chatId, ChatMemberStatus status) {
    setChatMember(chatId, botId(), state.bot.firstName(), status);
  }

  /** Registers a photo (JPEG/PNG; size read from its header) and returns the file_id of its largest size. */
  public String registerPhoto(byte[] image) {
    synchronized (state) {
      List<FileRegistry.StoredFile> sizes = state.files.addPhoto(image);
      return sizes.get(sizes.size() - 1).fileId();
    }
  }

  public String registerDocument(byte[] bytes, String fileName, String mimeType) {
    synchronized (state) {
      return state.files.addDocument(bytes, fileName, mimeType).fileId();
    }
  }

  /** The bytes behind a file_id (registered, or uploaded by the bot), for assertions. */
  public Optional<byte[]> fileBytes(String fileId) {
    synchronized (state) {
      return state.files.byId(fileId).map(f -> f.bytes().clone());
    }
  }

  // ---- updates ------------------------------------------------------------------------------------------

  /** A text message from a user; bot_command (also /cmd@botname), mention and url entities are added. */
  public long pushText(long chatId, String chatType, String chatTitle, long userId, String firstName,
      String languageCode, String text) {
    return pusher.text(chatId, chatType, chatTitle, FakeUser.of(userId, firstName, languageCode), text);
  }

  /** A text message in a chat and from a user the fake already knows. */
  public long pushText(long chatId, long userId, String text) {
    FakeChat chat = knownChat(chatId);
    return pusher.text(chatId, chat.type, chat.title, knownUser(userId), text);
  }

  /** A photo message; photoFileId from {@link #registerPhoto}; all sizes, largest last; caption may be null. */
  public long pushPhoto(long chatId, String chatType, String chatTitle, long userId, String firstName,
      String languageCode, String photoFileId, String caption) {
    return pusher.photo(chatId, chatType, chatTitle, FakeUser.of(userId, firstName, languageCode), photoFileId,
        caption);
  }

  /** A document message; documentFileId from {@link #registerDocument}. */
  public long pushDocument(long chatId, String chatType, String chatTitle, long userId, String firstName,
      String languageCode, String documentFileId, String caption) {
    return pusher.document(chatId, chatType, chatTitle, FakeUser.of(userId, firstName, languageCode),
        documentFileId, caption);
  }

  /** A press on a button of message messageId (it must exist in the chat) carrying callback data. */
  public long pushCallbackQuery(long chatId, long userId, String firstName, String languageCode, int messageId,
      String data) {
    return pusher.callbackQuery(chatId, FakeUser.of(userId, firstName, languageCode), messageId, data);
  }

  public long pushCallbackQuery(long chatId, long userId, int messageId, String data) {
    return pusher.callbackQuery(chatId, knownUser(userId), messageId, data);
  }

  /** The callback_query.id of a pushed callback query update, to match answerCallbackQuery calls. */
  public String callbackQueryId(long updateId) {
    synchronized (state) {
      return state.callbackQueryIdByUpdate.get(updateId);
    }
  }

  /**
   * my_chat_member for the bot: added (left to member) or removed (member to left in a basic group, to
   * kicked in supergroups and private chats, where it means the user blocked the bot). Sends to a chat the
   * bot was removed from then fail with 403 as in Telegram.
   */
  public long pushMyChatMember(long chatId, String chatType, String chatTitle, boolean added, long byUserId,
      String byFirstName) {
    ChatMemberStatus before;
    synchronized (state) {
      before = added ? ChatMemberStatus.LEFT
          : state.chats.find(chatId).map(c -> c.botStatus).filter(ChatMemberStatus::isPresent)
              .orElse(ChatMemberStatus.MEMBER);
    }
    ChatMemberStatus after = added ? ChatMemberStatus.MEMBER : UpdatePusher.removedStatus(chatType);
    return pushMyChatMember(chatId, chatType, chatTitle, before, after, byUserId, byFirstName);
  }

  /** my_chat_member with explicit statuses, e.g. MEMBER to ADMINISTRATOR when the bot is promoted. */
  public long pushMyChatMember(long chatId, String chatType, String chatTitle, ChatMemberStatus oldStatus,
      ChatMemberStatus newStatus, long byUserId, String byFirstName) {
    return pusher.myChatMember(chatId, chatType, chatTitle, FakeUser.of(byUserId, byFirstName), oldStatus,
        newStatus);
  }

  /** A service message: users (possibly {@link #botUser()}) added by byUserId. */
  public long pushNewChatMembers(long chatId, String chatType, String chatTitle, long byUserId, String byFirstName,
      List<FakeUser> newMembers) {
    return pusher.newChatMembers(chatId, chatType, chatTitle, FakeUser.of(byUserId, byFirstName), newMembers);
  }

  /** Any update (a Map or JSON tree without update_id); the next update_id is assigned and returned. */
  public long pushRawUpdate(Map<String, ?> update) {
    return pushRawUpdate((ObjectNode) Json.MAPPER.valueToTree(update));
  }

  public long pushRawUpdate(ObjectNode update) {
    return pusher.raw(update);
  }

  /** Updates not yet confirmed by getUpdates (or not yet delivered to the webhook). */
  public int pendingUpdateCount() {
    synchronized (state) {
      return state.updates.size();
    }
  }

  /** getUpdates requests currently waiting. */
  public int activeLongPolls() {
    synchronized (state) {
      return state.updates.activePolls;
    }
  }

  public List<String> allowedUpdates() {
    synchronized (state) {
      return state.updates.allowedUpdates();
    }
  }

  /** The webhook URL set by setWebhook, or null. */
  public String webhookUrl() {
    synchronized (state) {
      return state.updates.webhookUrl();
    }
  }

  public List<WebhookAttempt> webhookAttempts() {
    synchronized (state) {
      return state.log.webhookAttempts();
    }
  }

  // ---- observation --------------------------------------------------------------------------------------

  public List<RecordedCall> calls() {
    return calls(c -> true);
  }

  /** Calls of one method, spelled as in the spec (case-insensitive). */
  public List<RecordedCall> calls(String method) {
    return calls(c -> c.method().equalsIgnoreCase(method));
  }

  public List<RecordedCall> calls(String method, long chatId) {
    return calls(c -> c.method().equalsIgnoreCase(method) && Long.valueOf(chatId).equals(c.chatId()));
  }

  public List<RecordedCall> calls(Predicate<RecordedCall> filter) {
    synchronized (state) {
      return state.log.calls(filter);
    }
  }

  public void clearCalls() {
    synchronized (state) {
      state.log.clearCalls();
    }
  }

  /** The bot's messages in a chat, oldest first, each in its current state (edited, deleted). */
  public List<SentMessage> sentMessages(long chatId) {
    synchronized (state) {
      return state.chats.find(chatId).map(c -> c.botMessages().stream().map(StoredMessage::snapshot).toList())
          .orElse(List.of());
    }
  }

  public Optional<SentMessage> sentMessage(long chatId, int messageId) {
    return sentMessages(chatId).stream().filter(m -> m.messageId() == messageId).findFirst();
  }

  /** Waits until the bot has sent at least count messages to the chat; returns them all. */
  public List<SentMessage> awaitSent(long chatId, int count, Duration timeout) {
    return state.await(() -> {
      List<SentMessage> sent = sentMessages(chatId);
      return sent.size() >= count ? sent : null;
    }, timeout, () -> count + " messages in chat " + chatId + ", have " + sentMessages(chatId));
  }

  public SentMessage awaitMessage(long chatId, Predicate<SentMessage> condition, Duration timeout) {
    return state.await(() -> sentMessages(chatId).stream().filter(condition).findFirst().orElse(null), timeout,
        () -> "a matching message in chat " + chatId + ", have " + sentMessages(chatId));
  }

  public RecordedCall awaitCall(Predicate<RecordedCall> condition, Duration timeout) {
    return state.await(() -> calls(condition).stream().findFirst().orElse(null), timeout,
        () -> "a matching call, have " + calls().stream().map(RecordedCall::method).toList());
  }

  /** Waits for any condition, re-checked on every change in the fake and at least every 50 ms. */
  public void await(BooleanSupplier condition, Duration timeout) {
    state.await(() -> condition.getAsBoolean() ? Boolean.TRUE : null, timeout, () -> "condition");
  }

  public List<AnsweredCallbackQuery> answeredCallbackQueries() {
    synchronized (state) {
      return state.log.answered();
    }
  }

  /** Commands set for the default scope and no language. */
  public List<BotCommandEntry> myCommands() {
    return myCommands(null);
  }

  public List<BotCommandEntry> myCommands(String languageCode) {
    synchronized (state) {
      return state.commands.getOrDefault(ChatMethods.commandsKey("default", "", "", languageCode), List.of());
    }
  }

  // ---- flood limits -------------------------------------------------------------------------------------

  /** Turns flood limits on or off (off by default); which calls count is described in {@link FloodLimits}. */
  public void enforceLimits(boolean on) {
    synchronized (state) {
      state.limiter.enabled(on);
    }
  }

  public void floodLimits(FloodLimits limits) {
    synchronized (state) {
      state.limiter.limits(limits);
    }
  }

  /** All 429 answers so far, from flood limits and injected faults. */
  public int tooManyRequestsCount() {
    synchronized (state) {
      return state.log.tooManyRequests();
    }
  }

  public int tooManyRequestsCount(long chatId) {
    synchronized (state) {
      return state.log.tooManyRequests(chatId);
    }
  }

  /** Times of accepted sends (messages and edits) to a chat. */
  public List<Instant> sendTimes(long chatId) {
    synchronized (state) {
      return state.log.sendTimes(chatId);
    }
  }

  /** Accepted sends per second to a chat, first to last. */
  public double achievedSendRate(long chatId) {
    synchronized (state) {
      return state.log.achievedRate(chatId);
    }
  }

  public double achievedSendRate() {
    synchronized (state) {
      return state.log.achievedRate(null);
    }
  }

  /** The most accepted sends to the chat within any window of this length (e.g. 60 s for the group limit). */
  public int maxSendsWithin(long chatId, Duration window) {
    synchronized (state) {
      return state.log.maxSendsWithin(chatId, window);
    }
  }

  public int maxSendsWithin(Duration window) {
    synchronized (state) {
      return state.log.maxSendsWithin(null, window);
    }
  }

  // ---- faults -------------------------------------------------------------------------------------------

  /** The next {@code times} calls of the method ("*" for any method, case-insensitive) meet the fault. */
  public void failNext(String method, int times, Fault fault) {
    synchronized (state) {
      state.faults.add(method, times, fault);
    }
  }

  public void clearFaults() {
    synchronized (state) {
      state.faults.clear();
    }
  }

  private FakeChat knownChat(long chatId) {
    synchronized (state) {
      return state.chats.known(chatId);
    }
  }

  private FakeUser knownUser(long userId) {
    synchronized (state) {
      return state.chats.knownUser(userId);
    }
  }

  private static long botIdOf(String token) {
    int colon = token.indexOf(':');
    try {
      return Long.parseLong(colon < 0 ? token : token.substring(0, colon));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a bot token starts with the bot id: <id>:<secret>", e);
    }
  }
}
