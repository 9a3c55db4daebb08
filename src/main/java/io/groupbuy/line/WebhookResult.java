package io.groupbuy.line;

/** What the webhook route answers: an HTTP status and a small JSON body (never a stack trace). */
public record WebhookResult(int status, String body) {
    static final WebhookResult OK = new WebhookResult(200, "{}");
    static final WebhookResult BAD_SIGNATURE = new WebhookResult(401, "{\"message\":\"invalid signature\"}");
    static final WebhookResult BAD_REQUEST = new WebhookResult(400, "{\"message\":\"bad request\"}");
    static final WebhookResult UNAVAILABLE = new WebhookResult(503, "{\"message\":\"try again later\"}");
}
