-- Every inbound event, recorded before it counts as received; seq gives the arrival order.
CREATE TABLE inbox (
    seq         ${identity},
    source      TEXT    NOT NULL,
    event_id    TEXT    NOT NULL,
    chat_key    TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    received_at BIGINT,
    state       TEXT    NOT NULL,
    attempts    INTEGER NOT NULL,
    note        TEXT,
    updated_at  BIGINT,
    CONSTRAINT inbox_event UNIQUE (source, event_id)
);

CREATE INDEX inbox_by_state ON inbox (source, state, seq);

-- Operation keys claimed in the same transaction as their effect (InboxStore.claimOperation).
CREATE TABLE applied_operations (
    op_key     TEXT   NOT NULL PRIMARY KEY,
    applied_at BIGINT NOT NULL
);

CREATE TABLE buttons (
    token      TEXT   NOT NULL PRIMARY KEY,
    chat_key   TEXT   NOT NULL,
    action     TEXT   NOT NULL,
    args       TEXT,
    created_at BIGINT NOT NULL
);

CREATE INDEX buttons_by_created_at ON buttons (created_at);
