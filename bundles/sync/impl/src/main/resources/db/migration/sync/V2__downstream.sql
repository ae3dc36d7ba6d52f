-- The way down: which child each node's events came up through, so events for that node go down the same way.
CREATE TABLE sync_route (
    origin_node  VARCHAR(64)   NOT NULL,
    via_child    VARCHAR(100)  NOT NULL,
    updated_ms   BIGINT        NOT NULL,
    CONSTRAINT sync_route_pk PRIMARY KEY (origin_node)
);

-- Events on their way down, per child, numbered in the order they were queued; the child pulls after its cursor and
-- everything up to the cursor it sends is done (and removed).
CREATE TABLE sync_downbox (
    seq             BIGINT         NOT NULL GENERATED ALWAYS AS IDENTITY,
    child           VARCHAR(100)   NOT NULL,
    destination     VARCHAR(64)    NOT NULL,
    event_id        VARCHAR(36)    NOT NULL,
    origin_node     VARCHAR(64)    NOT NULL,
    subject         VARCHAR(200)   NOT NULL,
    subject_seq     BIGINT         NOT NULL,
    event_type      VARCHAR(100)   NOT NULL,
    payload_version INT            NOT NULL,
    payload         VARCHAR(32000) NOT NULL,
    created_ms      BIGINT         NOT NULL,
    CONSTRAINT sync_downbox_pk PRIMARY KEY (seq),
    CONSTRAINT sync_downbox_once UNIQUE (child, event_id)
);
CREATE INDEX sync_downbox_child ON sync_downbox (child, seq);

-- This node's cursor into its parent's downbox.
CREATE TABLE sync_down_cursor (
    id        INT     NOT NULL,
    last_seq  BIGINT  NOT NULL,
    CONSTRAINT sync_down_cursor_pk PRIMARY KEY (id)
);
INSERT INTO sync_down_cursor (id, last_seq) VALUES (1, 0);
