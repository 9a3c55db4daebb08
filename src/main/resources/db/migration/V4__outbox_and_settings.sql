-- News for chats, written with the change it reports and sent afterwards by the relay.
CREATE TABLE outbox (
    news_key        TEXT    NOT NULL PRIMARY KEY,
    chat_key        TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    order_id        BIGINT  NOT NULL,
    ref_id          BIGINT  NOT NULL,
    from_status     TEXT,
    to_status       TEXT,
    created_at      BIGINT  NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at BIGINT  NOT NULL,
    sent_at         BIGINT,
    note            TEXT
);

CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

-- Values the bot makes for itself at first start (e.g. the PandaPon callback token).
CREATE TABLE bot_settings (
    name       TEXT   NOT NULL PRIMARY KEY,
    value      TEXT   NOT NULL,
    updated_at BIGINT NOT NULL
);
