package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** ChatMember.status values; {@link #json} builds the matching ChatMember object with the spec's required fields. */
public enum ChatMemberStatus {
  CREATOR("creator"), ADMINISTRATOR("administrator"), MEMBER("member"), RESTRICTED("restricted"), LEFT("left"),
  KICKED("kicked");

  private static final String[] ADMIN_RIGHTS = {"can_manage_chat", "can_delete_messages", "can_manage_video_chats",
      "can_restrict_members", "can_change_info", "can_invite_users", "can_pin_messages"};
  private static final String[] RESTRICTED_RIGHTS = {"can_send_messages", "can_send_audios", "can_send_documents",
      "can_send_photos", "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
      "can_send_other_messages", "can_add_web_page_previews", "can_change_info", "can_invite_users",
      "can_pin_messages", "can_manage_topics"};

  private final String apiName;

  ChatMemberStatus(String apiName) {
    this.apiName = apiName;
  }

  /** The status string of the Bot API ("creator", "administrator", ...). */
  public String apiName() {
    return apiName;
  }

  public boolean isAdmin() {
    return this == CREATOR || this == ADMINISTRATOR;
  }

  /** True for statuses in which a bot can post to the chat. */
  public boolean isPresent() {
    return this != LEFT && this != KICKED;
  }

  ObjectNode json(ObjectNode user) {
    ObjectNode json = Json.object().put("status", apiName);
    json.set("user", user);
    switch (this) {
      case CREATOR:
        json.put("is_anonymous", false);
        break;
      case ADMINISTRATOR:
        json.put("can_be_edited", false).put("is_anonymous", false);
        for (String right : ADMIN_RIGHTS) {
          json.put(right, true);
        }
        json.put("can_promote_members", false).put("can_post_stories", false).put("can_edit_stories", false)
            .put("can_delete_stories", false).put("can_manage_topics", false);
        break;
      case RESTRICTED:
        json.put("is_member", true);
        for (String right : RESTRICTED_RIGHTS) {
          json.put(right, false);
        }
        json.put("until_date", 0);
        break;
      case KICKED:
        json.put("until_date", 0);
        break;
      default:
        break;
    }
    return json;
  }
}
