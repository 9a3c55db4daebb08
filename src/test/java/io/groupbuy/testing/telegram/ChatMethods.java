package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** getMe, chat and member queries, bot commands, getFile, sendChatAction and answerCallbackQuery. */
final class ChatMethods {
  static final int MAX_CALLBACK_ANSWER = 200;
  static final long MAX_DOWNLOAD_BYTES = 20L * 1024 * 1024;
  private static final Set<String> CHAT_ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
      "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note",
      "upload_video_note");

  private final FakeState state;

  ChatMethods(FakeState state) {
    this.state = state;
  }

  void register(BiConsumer<String, BotApiDispatcher.Handler> registry) {
    registry.accept("getMe", p -> getMe());
    registry.accept("getChat", this::getChat);
    registry.accept("getChatAdministrators", this::getChatAdministrators);
    registry.accept("getChatMember", this::getChatMember);
    registry.accept("getChatMemberCount", this::getChatMemberCount);
    registry.accept("setMyCommands", this::setMyCommands);
    registry.accept("getMyCommands", this::getMyCommands);
    registry.accept("deleteMyCommands", this::deleteMyCommands);
    registry.accept("getFile", this::getFile);
    registry.accept("sendChatAction", this::sendChatAction);
    registry.accept("answerCallbackQuery", this::answerCallbackQuery);
  }

  private JsonNode getMe() {
    return state.bot.json().put("can_join_groups", true).put("can_read_all_group_messages", false)
        .put("supports_inline_queries", false).put("can_connect_to_business", false).put("has_main_web_app", false);
  }

  private JsonNode getChat(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    synchronized (state) {
      return state.chats.require(chatId).fullInfoJson();
    }
  }

  private JsonNode getChatAdministrators(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    synchronized (state) {
      FakeChat chat = state.chats.require(chatId);
      if (chat.type.equals("private")) {
        throw BotApiException.badRequest("there are no administrators in the private chat");
      }
      ArrayNode admins = Json.array();
      for (Map.Entry<Long, ChatMemberStatus> role : chat.roles.entrySet()) {
        if (role.getValue().isAdmin()) {
          admins.add(role.getValue().json(userJson(role.getKey())));
        }
      }
      if (chat.botStatus.isAdmin()) {
        admins.add(chat.botStatus.json(state.bot.json()));
      }
      return admins;
    }
  }

  private JsonNode getChatMember(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    Long userId = p.longValue("user_id");
    if (userId == null) {
      throw BotApiException.badRequest("invalid user_id specified");
    }
    synchronized (state) {
      FakeChat chat = state.chats.require(chatId);
      if (userId == state.bot.id()) {
        return chat.botStatus.json(state.bot.json());
      }
      ChatMemberStatus status = chat.roles.get(userId);
      if (status == null && chat.type.equals("private") && userId == chatId) {
        status = ChatMemberStatus.MEMBER;
      }
      if (status == null && state.chats.user(userId).isEmpty()) {
        throw BotApiException.badRequest("user not found");
      }
      return (status == null ? ChatMemberStatus.LEFT : status).json(userJson(userId));
    }
  }

  private JsonNode getChatMemberCount(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    synchronized (state) {
      FakeChat chat = state.chats.require(chatId);
      long present = chat.roles.values().stream().filter(ChatMemberStatus::isPresent).count();
      return IntNode.valueOf((int) present + (chat.botStatus.isPresent() ? 1 : 0));
    }
  }

  private JsonNode setMyCommands(BotApiParams p) {
    JsonNode commands = p.json("commands");
    if (commands == null || !commands.isArray()) {
      throw BotApiException.badRequest("can't parse commands JSON array");
    }
    if (commands.size() > 100) {
      throw BotApiException.badRequest("too many commands specified");
    }
    List<BotCommandEntry> entries = new ArrayList<>();
    for (JsonNode c : commands) {
      String command = c.path("command").asText("");
      String description = c.path("description").asText("");
      if (!command.matches("[a-z0-9_]{1,32}")) {
        throw BotApiException.badRequest("BOT_COMMAND_INVALID");
      }
      if (description.isBlank() || description.length() > 256) {
        throw BotApiException.badRequest("command description must be non-empty and at most 256 characters");
      }
      entries.add(new BotCommandEntry(command, description));
    }
    synchronized (state) {
      state.commands.put(commandsKey(p), List.copyOf(entries));
      state.changed();
    }
    return BooleanNode.TRUE;
  }

  private JsonNode getMyCommands(BotApiParams p) {
    ArrayNode result = Json.array();
    synchronized (state) {
      for (BotCommandEntry e : state.commands.getOrDefault(commandsKey(p), List.of())) {
        result.addObject().put("command", e.command()).put("description", e.description());
      }
    }
    return result;
  }

  private JsonNode deleteMyCommands(BotApiParams p) {
    synchronized (state) {
      state.commands.remove(commandsKey(p));
      state.changed();
    }
    return BooleanNode.TRUE;
  }

  private JsonNode getFile(BotApiParams p) {
    String fileId = p.text("file_id");
    if (fileId == null || fileId.isEmpty()) {
      throw BotApiException.badRequest("file_id is empty");
    }
    synchronized (state) {
      FileRegistry.StoredFile file = state.files.byId(fileId)
          .orElseThrow(() -> BotApiException.badRequest("invalid file_id"));
      if (file.bytes().length > MAX_DOWNLOAD_BYTES) {
        throw BotApiException.badRequest("file is too big");
      }
      return file.fileJson();
    }
  }

  private JsonNode sendChatAction(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    String action = p.text("action");
    if (action == null || !CHAT_ACTIONS.contains(action)) {
      throw BotApiException.badRequest("wrong parameter action in request");
    }
    synchronized (state) {
      state.writableChat(chatId);
    }
    return BooleanNode.TRUE;
  }

  private JsonNode answerCallbackQuery(BotApiParams p) {
    String id = p.text("callback_query_id");
    String text = p.text("text");
    if (text != null && text.length() > MAX_CALLBACK_ANSWER) {
      throw BotApiException.badRequest("MESSAGE_TOO_LONG");
    }
    synchronized (state) {
      FakeState.PendingCallback query = id == null ? null : state.callbackQueries.get(id);
      if (query == null || query.answered) {
        throw BotApiException.badRequest("query is too old and response timeout expired or query ID is invalid");
      }
      query.answered = true;
      state.log.answered(new AnsweredCallbackQuery(id, query.updateId, query.userId, query.data, text,
          p.flag("show_alert"), p.text("url"), p.intValue("cache_time"), state.now()));
      state.changed();
    }
    return BooleanNode.TRUE;
  }

  private ObjectNode userJson(long userId) {
    return state.chats.user(userId).orElse(FakeUser.of(userId, "User " + userId)).json();
  }

  /** Commands are stored per scope and language, as the spec defines. */
  static String commandsKey(BotApiParams p) {
    JsonNode scope = p.json("scope");
    String type = scope == null ? "default" : scope.path("type").asText("default");
    String chat = scope == null ? "" : scope.path("chat_id").asText("");
    String user = scope == null ? "" : scope.path("user_id").asText("");
    String language = p.text("language_code");
    return commandsKey(type, chat, user, language);
  }

  static String commandsKey(String scopeType, String chatId, String userId, String languageCode) {
    return "scope=" + scopeType + (chatId.isEmpty() ? "" : " chat=" + chatId)
        + (userId.isEmpty() ? "" : " user=" + userId) + " lang=" + (languageCode == null ? "" : languageCode);
  }
}
