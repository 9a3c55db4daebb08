package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Telegram user as the fake shows it in updates.
 *
 * @param languageCode IETF tag such as "th" or "en", or null
 */
public record FakeUser(long id, String firstName, String username, String languageCode, boolean isBot) {
  public static FakeUser of(long id, String firstName) {
    return new FakeUser(id, firstName, null, null, false);
  }

  public static FakeUser of(long id, String firstName, String languageCode) {
    return new FakeUser(id, firstName, null, languageCode, false);
  }

  ObjectNode json() {
    ObjectNode json = Json.object().put("id", id).put("is_bot", isBot).put("first_name", firstName);
    if (username != null) {
      json.put("username", username);
    }
    if (languageCode != null) {
      json.put("language_code", languageCode);
    }
    return json;
  }
}
