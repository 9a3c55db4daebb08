package io.groupbuy.testing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberOwner;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The real TelegramBots 10.2.0 client against the fake. */
class TelegramBotApiFakeClientTest {
  private static final long GROUP = -1001234567890L;
  private static final long ALICE = 1111L;
  private static final long BOB = 2222L;

  private TelegramBotApiFake fake;
  private OkHttpClient http;
  private OkHttpTelegramClient client;

  @BeforeEach
  void start() {
    fake = TelegramBotApiFake.start();
    http = new OkHttpClient();
    client = new OkHttpTelegramClient(http, fake.token(), new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    fake.pushText(GROUP, "supergroup", "Thai buyers", ALICE, "Alice", "th", "/start@groupbuy_test_bot");
  }

  @AfterEach
  void stop() {
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void getMeDescribesTheBotOfTheToken() throws Exception {
    User me = client.execute(new GetMe());

    assertThat(me.getId()).isEqualTo(424242L);
    assertThat(me.getIsBot()).isTrue();
    assertThat(me.getUserName()).isEqualTo("groupbuy_test_bot");
    assertThat(fake.calls("getMe")).hasSize(1);
  }

  @Test
  void sendMessageWithInlineKeyboardIsRecordedAndReturnsTheMessage() throws Exception {
    Message sent = client.execute(SendMessage.builder().chatId(GROUP).text("Cart: <b>2</b> items").parseMode("HTML")
        .replyMarkup(keyboard("Checkout", "checkout:42")).build());

    assertThat(sent.getMessageId()).isEqualTo(2); // 1 is Alice's /start
    assertThat(sent.getChatId()).isEqualTo(GROUP);
    assertThat(sent.getChat().getTitle()).isEqualTo("Thai buyers");
    assertThat(sent.getText()).isEqualTo("Cart: 2 items");
    assertThat(sent.getEntities()).singleElement().satisfies(e -> {
      assertThat(e.getType()).isEqualTo("bold");
      assertThat(e.getOffset()).isEqualTo(6);
    });
    assertThat(sent.getFrom().getIsBot()).isTrue();
    assertThat(sent.getDate()).isBetween((int) (System.currentTimeMillis() / 1000) - 60,
        (int) (System.currentTimeMillis() / 1000) + 60);
    assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("checkout:42");
    SentMessage recorded = fake.sentMessages(GROUP).get(0);
    assertThat(recorded.text()).isEqualTo("Cart: <b>2</b> items");
    assertThat(recorded.plainText()).isEqualTo("Cart: 2 items");
    assertThat(recorded.buttons()).containsExactly(new InlineButton("Checkout", "checkout:42", null));
    assertThat(fake.calls("sendMessage", GROUP).get(0).params().get("parse_mode").asText()).isEqualTo("HTML");
  }

  @Test
  void unescapedUserTextInHtmlIsRejectedAsTelegramDoes() {
    assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(GROUP).text("Alice <3 noodles")
        .parseMode("HTML").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo(400);
          assertThat(e.getApiResponse())
              .isEqualTo("Bad Request: can't parse entities: Unsupported start tag \"3\" at byte offset 6");
        });
    assertThat(fake.sentMessages(GROUP)).isEmpty();
  }

  @Test
  void callbackDataIsLimitedTo64BytesNotCharacters() {
    String thai = "สั่งซื้อสินค้าจำนวนมากขึ้นอีก"; // 29 characters, 87 bytes in UTF-8
    assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(GROUP).text("Pick")
        .replyMarkup(keyboard("Buy", thai)).build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID"));
  }

  @Test
  void sendPhotoByUrlAndByUpload() throws Exception {
    byte[] jpeg = TestImages.jpeg(640, 480);
    Message byUrl = client.execute(SendPhoto.builder().chatId(GROUP)
        .photo(new InputFile("https://img.alicdn.com/item.jpg")).caption("Item 1").build());
    Message uploaded = client.execute(SendPhoto.builder().chatId(GROUP)
        .photo(new InputFile(new ByteArrayInputStream(jpeg), "cart.jpg")).caption("<i>Your cart</i>")
        .parseMode("HTML").build());

    assertThat(byUrl.getPhoto()).isNotEmpty();
    assertThat(byUrl.getCaption()).isEqualTo("Item 1");
    assertThat(uploaded.getCaption()).isEqualTo("Your cart");
    assertThat(uploaded.getPhoto().get(uploaded.getPhoto().size() - 1).getWidth()).isEqualTo(640);
    List<SentMessage> sent = fake.sentMessages(GROUP);
    assertThat(sent.get(0).mediaRef()).isEqualTo("https://img.alicdn.com/item.jpg");
    assertThat(sent.get(1).upload().fileName()).isEqualTo("cart.jpg");
    assertThat(sent.get(1).upload().bytes()).isEqualTo(jpeg);
    assertThat(fake.calls("sendPhoto").get(1).files()).singleElement()
        .satisfies(f -> assertThat(f.contentType()).isEqualTo("application/octet-stream"));
  }

  @Test
  void sendMediaGroupSendsAnAlbumAsOneSend() throws Exception {
    InputMediaPhoto byUrl = new InputMediaPhoto("https://img.alicdn.com/1.jpg");
    byUrl.setCaption("<b>Album</b>");
    byUrl.setParseMode("HTML");
    InputMediaPhoto uploaded = new InputMediaPhoto(new ByteArrayInputStream(TestImages.jpeg(800, 600)), "two.jpg");

    List<Message> album = client.execute(SendMediaGroup.builder().chatId(GROUP).medias(List.of(byUrl, uploaded))
        .build());

    assertThat(album).hasSize(2);
    assertThat(album.get(0).getMediaGroupId()).isNotNull().isEqualTo(album.get(1).getMediaGroupId());
    assertThat(album.get(0).getCaption()).isEqualTo("Album");
    assertThat(album.get(1).getPhoto().get(album.get(1).getPhoto().size() - 1).getWidth()).isEqualTo(800);
    assertThat(fake.sentMessages(GROUP)).extracting(SentMessage::isPhoto).containsExactly(true, true);
    assertThat(fake.sendTimes(GROUP)).hasSize(1);
  }

  @Test
  void captionOver1024CharactersIsRejected() {
    assertThatThrownBy(() -> client.execute(SendPhoto.builder().chatId(GROUP)
        .photo(new InputFile("https://img.alicdn.com/item.jpg")).caption("x".repeat(1025)).build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: message caption is too long"));
  }

  @Test
  void editMessageTextKeepsHistoryAndRefusesAnEditThatChangesNothing() throws Exception {
    Message sent = client.execute(SendMessage.builder().chatId(GROUP).text("Total: 100").replyMarkup(
        keyboard("Pay", "pay:1")).build());
    EditMessageText edit = EditMessageText.builder().chatId(GROUP).messageId(sent.getMessageId()).text("Total: 90")
        .replyMarkup(keyboard("Pay", "pay:1")).build();

    Serializable edited = client.execute(edit);

    assertThat(edited).isInstanceOfSatisfying(Message.class, m -> {
      assertThat(m.getText()).isEqualTo("Total: 90");
      assertThat(m.getEditDate()).isNotNull();
    });
    SentMessage now = fake.sentMessage(GROUP, sent.getMessageId()).orElseThrow();
    assertThat(now.text()).isEqualTo("Total: 90");
    assertThat(now.revisions()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("Total: 100"));
    assertThatThrownBy(() -> client.execute(edit)).isInstanceOfSatisfying(TelegramApiRequestException.class,
        e -> assertThat(e.getApiResponse()).startsWith("Bad Request: message is not modified"));
  }

  @Test
  void editWithoutReplyMarkupRemovesTheKeyboardLikeTelegram() throws Exception {
    Message sent = client.execute(SendMessage.builder().chatId(GROUP).text("Vote").replyMarkup(
        keyboard("Yes", "yes")).build());

    client.execute(EditMessageText.builder().chatId(GROUP).messageId(sent.getMessageId()).text("Closed").build());

    assertThat(fake.sentMessage(GROUP, sent.getMessageId()).orElseThrow().inlineKeyboard()).isEmpty();
  }

  @Test
  void answerCallbackQueryIsRecordedOnce() throws Exception {
    Message sent = client.execute(SendMessage.builder().chatId(GROUP).text("Join?").replyMarkup(
        keyboard("Join", "join:7")).build());
    long updateId = fake.pushCallbackQuery(GROUP, BOB, "Bob", "en", sent.getMessageId(), "join:7");
    String queryId = fake.callbackQueryId(updateId);

    Boolean answered = client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).text("Joined").build());

    assertThat(answered).isTrue();
    assertThat(fake.answeredCallbackQueries()).singleElement().satisfies(a -> {
      assertThat(a.text()).isEqualTo("Joined");
      assertThat(a.userId()).isEqualTo(BOB);
      assertThat(a.data()).isEqualTo("join:7");
    });
    assertThatThrownBy(() -> client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).contains("query ID is invalid"));
  }

  @Test
  void getChatAdministratorsReportsConfiguredRoles() throws Exception {
    fake.setChatMember(GROUP, ALICE, "Alice", ChatMemberStatus.CREATOR);
    fake.setChatMember(GROUP, BOB, "Bob", ChatMemberStatus.ADMINISTRATOR);
    fake.setBotStatus(GROUP, ChatMemberStatus.ADMINISTRATOR);

    List<ChatMember> admins = client.execute(GetChatAdministrators.builder().chatId(GROUP).build());

    assertThat(admins).hasSize(3);
    assertThat(admins.get(0)).isInstanceOfSatisfying(ChatMemberOwner.class,
        owner -> assertThat(owner.getUser().getId()).isEqualTo(ALICE));
    assertThat(admins.get(1)).isInstanceOfSatisfying(ChatMemberAdministrator.class,
        admin -> assertThat(admin.getUser().getFirstName()).isEqualTo("Bob"));
    assertThat(admins.get(2).getUser().getIsBot()).isTrue();
  }

  @Test
  void getFileThenDownloadTheBytesFromTheFilePath() throws Exception {
    byte[] jpeg = TestImages.jpeg(1600, 1200);
    String fileId = fake.registerPhoto(jpeg);

    File file = client.execute(GetFile.builder().fileId(fileId).build());

    assertThat(file.getFileId()).isEqualTo(fileId);
    assertThat(file.getFileSize()).isEqualTo(jpeg.length);
    // TelegramBots' own download ignores TelegramUrl (File.getFileUrl is hard-wired to api.telegram.org).
    String url = fake.baseUrl() + "/file/bot" + fake.token() + "/" + file.getFilePath();
    try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.body().bytes()).isEqualTo(jpeg);
    }
    try (Response missing = http.newCall(new Request.Builder().url(url + "x").build()).execute()) {
      assertThat(missing.code()).isEqualTo(404);
    }
  }

  @Test
  void floodLimitSurfacesAsTelegramApiRequestExceptionWithRetryAfter() throws Exception {
    fake.enforceLimits(true);
    TelegramApiRequestException limited = null;
    for (int i = 0; i < 10 && limited == null; i++) {
      try {
        client.execute(SendMessage.builder().chatId(GROUP).text("spam " + i).build());
      } catch (TelegramApiRequestException e) {
        limited = e;
      }
    }

    assertThat(limited).isNotNull();
    assertThat(limited.getErrorCode()).isEqualTo(429);
    assertThat(limited.getParameters().getRetryAfter()).isGreaterThanOrEqualTo(1);
    assertThat(limited.getApiResponse()).startsWith("Too Many Requests: retry after ");
    assertThat(fake.tooManyRequestsCount(GROUP)).isEqualTo(1);
  }

  @Test
  void unknownChatAndRemovedBotAnswerLikeTelegram() {
    assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(42L).text("hi").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: chat not found"));
    fake.pushMyChatMember(GROUP, "supergroup", "Thai buyers", false, ALICE, "Alice");
    assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(GROUP).text("hi").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo(403);
          assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was kicked from the supergroup chat");
        });
  }

  @Test
  void awaitSentWaitsForMessagesSentFromAnotherThread() {
    Thread sender = new Thread(() -> {
      try {
        client.execute(SendMessage.builder().chatId(GROUP).text("later").build());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    sender.start();

    assertThat(fake.awaitSent(GROUP, 1, Duration.ofSeconds(10))).extracting(SentMessage::text).containsExactly("later");
  }

  private static InlineKeyboardMarkup keyboard(String text, String data) {
    return InlineKeyboardMarkup.builder()
        .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text(text).callbackData(data).build()))
        .build();
  }
}
