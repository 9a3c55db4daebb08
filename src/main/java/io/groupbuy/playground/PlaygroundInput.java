package io.groupbuy.playground;

/**
 * What the page sent, as recorded in the inbox (JSON payload) and read again when the event is
 * processed. {@code type}: {@code text}, {@code photo} ({@code photo} = the stored file id), {@code press},
 * {@code joined} (a member was added) or {@code added} (the bot was added to a new room).
 * The member's name and language are those of the moment they spoke.
 */
record PlaygroundInput(String type, String room, String member, String name, String language, String text,
                       String photo, String caption, String payload, boolean addressed) {
    static final String TEXT = "text";
    static final String PHOTO = "photo";
    static final String PRESS = "press";
    static final String JOINED = "joined";
    static final String ADDED = "added";
}
