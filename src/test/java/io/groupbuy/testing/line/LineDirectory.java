package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What the fake knows about people, chats and uploaded content; filled through the test API. */
final class LineDirectory {
    record Content(byte[] bytes, String contentType) {
    }

    private final Map<String, ObjectNode> members = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> profiles = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> groups = new ConcurrentHashMap<>();
    private final Map<String, Content> contents = new ConcurrentHashMap<>();

    void member(String chatId, String userId, String displayName, String pictureUrl) {
        ObjectNode n = LineJson.object();
        n.put("displayName", displayName);
        n.put("userId", userId);
        if (pictureUrl != null) {
            n.put("pictureUrl", pictureUrl);
        }
        members.put(chatId + "/" + userId, n);
    }

    void profile(String userId, String displayName, String pictureUrl, String language, String statusMessage) {
        ObjectNode n = LineJson.object();
        n.put("displayName", displayName);
        n.put("userId", userId);
        if (language != null) {
            n.put("language", language);
        }
        if (pictureUrl != null) {
            n.put("pictureUrl", pictureUrl);
        }
        if (statusMessage != null) {
            n.put("statusMessage", statusMessage);
        }
        profiles.put(userId, n);
    }

    void group(String groupId, String groupName, String pictureUrl) {
        ObjectNode n = LineJson.object();
        n.put("groupId", groupId);
        n.put("groupName", groupName);
        if (pictureUrl != null) {
            n.put("pictureUrl", pictureUrl);
        }
        groups.put(groupId, n);
    }

    void content(String messageId, byte[] bytes, String contentType) {
        contents.put(messageId, new Content(bytes.clone(), contentType));
    }

    Optional<ObjectNode> member(String chatId, String userId) {
        return Optional.ofNullable(members.get(chatId + "/" + userId));
    }

    Optional<ObjectNode> profile(String userId) {
        return Optional.ofNullable(profiles.get(userId));
    }

    Optional<ObjectNode> group(String groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    Optional<Content> content(String messageId) {
        return Optional.ofNullable(contents.get(messageId));
    }
}
