package io.groupbuy.testing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The remaining methods through the real TelegramBots client. */
class TelegramBotApiFakeChatMethodsTest {
  private static final long GROUP = -1004444L;
  private static final long ALICE = 1111L;

  private TelegramBotApiFake fake;
  private OkHttpClient http;
  private OkHttpTelegramClient client;

  @BeforeEach
  void start() {
    fake = TelegramBotApiFake.start();
    http = new OkHttpClient();
    client = new OkHttpTelegramClient(http, fake.token(), new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    fake.pushText(GROUP, "group", "Office lunch", ALICE, "Alice", "th", "hello");
  }

  @AfterEach
  void stop() {
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void sendDocumentUploadIsDownloadableThroughGetFile() throws Exception {
    byte[] csv = "item,qty\nnoodles,3\n".getBytes(StandardCharsets.UTF_8);
    Message sent = client.execute(SendDocument.builder().chatId(GROUP)
        .document(new InputFile(new ByteArrayInputStream(csv), "order.csv")).caption("Order").build());

    assertThat(sent.getDocument().getFileName()).isEqualTo("order.csv");
    assertThat(sent.getDocument().getMimeType()).isEqualTo("text/csv");
    File file = client.execute(GetFile.builder().fileId(sent.getDocument().getFileId()).build());
    String url = fake.baseUrl() + "/file/bot" + fake.token() + "/" + file.getFilePath();
    try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
      assertThat(response.body().bytes()).isEqualTo(csv);
    }
    assertThat(fake.sentMessages(GROUP).get(0).upload().bytes()).isEqualTo(csv);
    assertThat(fake.calls("downloadFile")).hasSize(1);
  }

  @Test
  void replyToAUserMessageQuotesIt() throws Exception {
    Message reply = client.execute(SendMessage.builder().chatId(GROUP).text("hi Alice")
        .replyParameters(ReplyParameters.builder().messageId(1).build()).build());

    assertThat(reply.getReplyToMessage().getText()).isEqualTo("hello");
    assertThat(fake.sentMessages(GROUP).get(0).replyToMessageId()).isEqualTo(1);
    assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(GROUP).text("x")
        .replyParameters(ReplyParameters.builder().messageId(99).build()).build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: message to be replied not found"));
  }

  @Test
  void sendChatActionAcceptsOnlyKnownActions() throws Exception {
    assertThat(client.execute(SendChatAction.builder().chatId(GROUP).action("typing").build())).isTrue();
    assertThatThrownBy(() -> client.execute(SendChatAction.builder().chatId(GROUP).action("dancing").build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: wrong parameter action in request"));
  }

  @Test
  void editCaptionAndReplyMarkupThenDelete() throws Exception {
    Message photo = client.execute(SendPhoto.builder().chatId(GROUP)
        .photo(new InputFile("https://img.alicdn.com/a.jpg")).caption("old").build());
    InlineKeyboardMarkup keyboard = InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
        InlineKeyboardButton.builder().text("Buy").callbackData("buy:1").build())).build();

    Serializable captioned = client.execute(EditMessageCaption.builder().chatId(GROUP).messageId(photo.getMessageId())
        .caption("new").replyMarkup(keyboard).build());
    client.execute(EditMessageReplyMarkup.builder().chatId(GROUP).messageId(photo.getMessageId()).build());

    assertThat(((Message) captioned).getCaption()).isEqualTo("new");
    SentMessage now = fake.sentMessage(GROUP, photo.getMessageId()).orElseThrow();
    assertThat(now.text()).isEqualTo("new");
    assertThat(now.inlineKeyboard()).isEmpty();
    assertThat(now.revisions()).extracting(SentMessage.Revision::text).containsExactly("old", "new");
    assertThatThrownBy(() -> client.execute(EditMessageReplyMarkup.builder().chatId(GROUP)
        .messageId(photo.getMessageId()).build())).isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).startsWith("Bad Request: message is not modified"));

    assertThat(client.execute(DeleteMessage.builder().chatId(GROUP).messageId(photo.getMessageId()).build())).isTrue();
    assertThat(fake.sentMessage(GROUP, photo.getMessageId()).orElseThrow().deleted()).isTrue();
    assertThatThrownBy(() -> client.execute(DeleteMessage.builder().chatId(GROUP).messageId(1).build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: message can't be deleted"));
  }

  @Test
  void getChatAndGetChatMember() throws Exception {
    fake.setChatMember(GROUP, ALICE, "Alice", ChatMemberStatus.ADMINISTRATOR);

    ChatFullInfo chat = client.execute(GetChat.builder().chatId(GROUP).build());
    ChatMember alice = client.execute(GetChatMember.builder().chatId(GROUP).userId(ALICE).build());
    ChatMember bot = client.execute(GetChatMember.builder().chatId(GROUP).userId(fake.botId()).build());

    assertThat(chat.getTitle()).isEqualTo("Office lunch");
    assertThat(chat.getType()).isEqualTo("group");
    assertThat(alice.getStatus()).isEqualTo("administrator");
    assertThat(bot.getStatus()).isEqualTo("member");
    assertThatThrownBy(() -> client.execute(GetChatMember.builder().chatId(GROUP).userId(999L).build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: user not found"));
  }

  @Test
  void commandsAreStoredPerLanguage() throws Exception {
    client.execute(SetMyCommands.builder().commands(List.of(new BotCommand("add", "Add a product link"),
        new BotCommand("cart", "Show the cart"))).build());
    client.execute(SetMyCommands.builder().command(new BotCommand("add", "เพิ่มลิงก์สินค้า")).languageCode("th")
        .build());

    List<BotCommand> fetched = client.execute(GetMyCommands.builder().build());

    assertThat(fetched).extracting(BotCommand::getCommand).containsExactly("add", "cart");
    assertThat(fake.myCommands()).hasSize(2);
    assertThat(fake.myCommands("th")).containsExactly(new BotCommandEntry("add", "เพิ่มลิงก์สินค้า"));
    assertThatThrownBy(() -> client.execute(SetMyCommands.builder().command(new BotCommand("Add", "x")).build()))
        .isInstanceOfSatisfying(TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: BOT_COMMAND_INVALID"));
  }
}
