package io.groupbuy.testing.line;

/** Where {@link LineWebhooks} gets reply tokens; {@link LineApiFake} is one. */
public interface ReplyTokenIssuer {

    /** A fresh token for an event in this chat (group, room or user id; may be null). */
    String issueReplyToken(String chatId);

    /** The event carrying this token is delivered again: LINE lets it be used a while longer. */
    default void redelivered(String replyToken) {
    }

    /** Issues tokens no API will accept, for building bodies without a fake. */
    static ReplyTokenIssuer detached() {
        return chatId -> LineIds.replyToken();
    }
}
