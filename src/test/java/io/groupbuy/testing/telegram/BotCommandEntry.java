package io.groupbuy.testing.telegram;

/** One entry of setMyCommands. */
public record BotCommandEntry(String command, String description) {}
