package io.groupbuy.conversation.button;

/** A verified button press: the stored action and arguments of a token that belongs to this chat. */
public record Press(String token, Act act, ButtonArgs args) {
}
