package io.groupbuy.testing.line;

import java.util.regex.Pattern;

/** The Messaging API endpoints the fake serves, for fault injection and for filtering recordings. */
public enum LineEndpoint {
    REPLY("POST", "/v2/bot/message/reply", false),
    PUSH("POST", "/v2/bot/message/push", false),
    PROFILE("GET", "/v2/bot/profile/[^/]+", false),
    GROUP_MEMBER_PROFILE("GET", "/v2/bot/group/[^/]+/member/[^/]+", false),
    ROOM_MEMBER_PROFILE("GET", "/v2/bot/room/[^/]+/member/[^/]+", false),
    GROUP_SUMMARY("GET", "/v2/bot/group/[^/]+/summary", false),
    LOADING_ANIMATION("POST", "/v2/bot/chat/loading/start", false),
    /** Served by the data API ({@code api-data.line.me}), i.e. {@link LineApiFake#dataBaseUrl()}. */
    MESSAGE_CONTENT("GET", "/v2/bot/message/[^/]+/content", true),
    /** Anything else: answered 404 {@code {"message":"Not found"}}. */
    UNKNOWN("", "", false);

    private final String method;
    private final Pattern path;
    private final boolean dataApi;

    LineEndpoint(String method, String pathRegex, boolean dataApi) {
        this.method = method;
        this.path = Pattern.compile(pathRegex);
        this.dataApi = dataApi;
    }

    public boolean onDataApi() {
        return dataApi;
    }

    boolean matchesPath(String p) {
        return this != UNKNOWN && path.matcher(p).matches();
    }

    boolean matches(String m, String p) {
        return method.equals(m) && matchesPath(p);
    }

    static LineEndpoint of(String method, String path) {
        for (LineEndpoint e : values()) {
            if (e.matches(method, path)) {
                return e;
            }
        }
        return UNKNOWN;
    }
}
