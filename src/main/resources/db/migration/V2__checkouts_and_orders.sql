CREATE TABLE checkouts (
    id          ${identity},
    chat_key    TEXT   NOT NULL,
    started_by  TEXT,
    state       TEXT   NOT NULL,
    currency    TEXT,
    rate_micros BIGINT NOT NULL,
    created_at  BIGINT,
    updated_at  BIGINT
);

CREATE INDEX checkouts_by_state ON checkouts (state);

-- At most one checkout per chat is preparing, awaiting confirmation or placing.
CREATE UNIQUE INDEX checkouts_one_active ON checkouts (chat_key)
    WHERE state IN ('PREPARING', 'AWAITING_CONFIRMATION', 'PLACING');

CREATE TABLE checkout_lines (
    checkout_id     BIGINT  NOT NULL REFERENCES checkouts (id),
    position        INTEGER NOT NULL,
    cart_line_id    BIGINT  NOT NULL,
    user_key        TEXT    NOT NULL,
    member_name     TEXT,
    marketplace     TEXT    NOT NULL,
    item_id         TEXT    NOT NULL,
    map_id          TEXT,
    mp_id           TEXT,
    sku_id          TEXT,
    mp_sku_id       TEXT,
    spec_id         TEXT,
    title           TEXT,
    sku_description TEXT,
    added_unit_fen  BIGINT  NOT NULL,
    unit_fen        BIGINT  NOT NULL,
    quantity        INTEGER NOT NULL,
    available       INTEGER NOT NULL,
    excluded        INTEGER NOT NULL CHECK (excluded IN (0, 1)),
    PRIMARY KEY (checkout_id, position)
);

CREATE TABLE checkout_parts (
    checkout_id BIGINT  NOT NULL REFERENCES checkouts (id),
    position    INTEGER NOT NULL,
    marketplace TEXT    NOT NULL,
    goods_fen   BIGINT  NOT NULL,
    freight_fen BIGINT  NOT NULL,
    PRIMARY KEY (checkout_id, position)
);

CREATE TABLE orders (
    id                ${identity},
    chat_key          TEXT    NOT NULL,
    number            INTEGER NOT NULL,
    checkout_id       BIGINT  NOT NULL REFERENCES checkouts (id),
    marketplace       TEXT    NOT NULL,
    client_key        TEXT    NOT NULL,
    upstream_order_id TEXT,
    status            TEXT    NOT NULL,
    upstream_status   TEXT,
    goods_fen         BIGINT  NOT NULL,
    freight_fen       BIGINT  NOT NULL,
    currency          TEXT,
    rate_micros       BIGINT  NOT NULL,
    logistics_company TEXT,
    logistics_number  TEXT,
    status_at         BIGINT,
    created_at        BIGINT,
    updated_at        BIGINT,
    CONSTRAINT orders_client_key UNIQUE (client_key),
    CONSTRAINT orders_chat_number UNIQUE (chat_key, number)
);

CREATE INDEX orders_by_upstream_id ON orders (marketplace, upstream_order_id);
CREATE INDEX orders_by_checkout ON orders (checkout_id);
CREATE INDEX orders_by_status ON orders (status);

CREATE TABLE order_lines (
    id              ${identity},
    order_id        BIGINT  NOT NULL REFERENCES orders (id),
    user_key        TEXT    NOT NULL,
    member_name     TEXT,
    marketplace     TEXT    NOT NULL,
    item_id         TEXT    NOT NULL,
    map_id          TEXT,
    mp_id           TEXT,
    sku_id          TEXT,
    mp_sku_id       TEXT,
    spec_id         TEXT,
    title           TEXT,
    sku_description TEXT,
    unit_fen        BIGINT  NOT NULL,
    quantity        INTEGER NOT NULL
);

CREATE INDEX order_lines_by_order ON order_lines (order_id);

CREATE TABLE order_shares (
    order_id    BIGINT  NOT NULL REFERENCES orders (id),
    position    INTEGER NOT NULL,
    user_key    TEXT    NOT NULL,
    member_name TEXT,
    goods_fen   BIGINT  NOT NULL,
    freight_fen BIGINT  NOT NULL,
    PRIMARY KEY (order_id, position)
);

CREATE TABLE order_history (
    id              ${identity},
    order_id        BIGINT NOT NULL REFERENCES orders (id),
    status          TEXT   NOT NULL,
    upstream_status TEXT,
    at              BIGINT,
    source          TEXT
);

CREATE INDEX order_history_by_order ON order_history (order_id);

CREATE TABLE price_changes (
    id              ${identity},
    order_id        BIGINT NOT NULL REFERENCES orders (id),
    upstream_key    TEXT,
    old_goods_fen   BIGINT NOT NULL,
    old_freight_fen BIGINT NOT NULL,
    new_goods_fen   BIGINT NOT NULL,
    new_freight_fen BIGINT NOT NULL,
    state           TEXT   NOT NULL,
    created_at      BIGINT,
    decided_at      BIGINT,
    CONSTRAINT price_changes_upstream_key UNIQUE (order_id, upstream_key)
);

CREATE TABLE price_change_shares (
    price_change_id BIGINT  NOT NULL REFERENCES price_changes (id),
    position        INTEGER NOT NULL,
    user_key        TEXT    NOT NULL,
    member_name     TEXT,
    goods_fen       BIGINT  NOT NULL,
    freight_fen     BIGINT  NOT NULL,
    PRIMARY KEY (price_change_id, position)
);

CREATE TABLE refunds (
    id                 ${identity},
    order_id           BIGINT NOT NULL REFERENCES orders (id),
    upstream_refund_id TEXT,
    amount_fen         BIGINT NOT NULL,
    status             TEXT,
    at                 BIGINT,
    CONSTRAINT refunds_upstream_id UNIQUE (order_id, upstream_refund_id)
);

CREATE TABLE refund_shares (
    refund_id   BIGINT  NOT NULL REFERENCES refunds (id),
    position    INTEGER NOT NULL,
    user_key    TEXT    NOT NULL,
    member_name TEXT,
    goods_fen   BIGINT  NOT NULL,
    freight_fen BIGINT  NOT NULL,
    PRIMARY KEY (refund_id, position)
);
