-- What children sent (each event once, by id) and what the parent refused (dead letters, until ops act).
CREATE TABLE sync_inbox (
    event_id        VARCHAR(36)    NOT NULL,
    origin_node     VARCHAR(64)    NOT NULL,
    received_from   VARCHAR(100)   NOT NULL,
    subject         VARCHAR(200)   NOT NULL,
    subject_seq     BIGINT         NOT NULL,
    event_type      VARCHAR(100)   NOT NULL,
    payload_version INT            NOT NULL,
    payload         VARCHAR(32000) NOT NULL,
    created_ms      BIGINT         NOT NULL,
    received_ms     BIGINT         NOT NULL,
    CONSTRAINT sync_inbox_pk PRIMARY KEY (event_id)
);
CREATE INDEX sync_inbox_subject ON sync_inbox (subject, origin_node, subject_seq);
CREATE INDEX sync_inbox_received ON sync_inbox (received_ms);

CREATE TABLE sync_dead_letter (
    event_id     VARCHAR(36)   NOT NULL,
    origin_node  VARCHAR(64)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    event_type   VARCHAR(100)  NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    dead_ms      BIGINT        NOT NULL,
    CONSTRAINT sync_dead_letter_pk PRIMARY KEY (event_id)
);
