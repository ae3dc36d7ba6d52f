-- Core tables: the hash-chained audit trail and the transactional outbox.
-- Portable SQL (Derby, PostgreSQL, H2): times are epoch milliseconds so hashes never depend on a time zone.

CREATE TABLE core_audit (
    seq         BIGINT        NOT NULL,
    at_ms       BIGINT        NOT NULL,
    node_id     VARCHAR(64)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    actor_role  VARCHAR(40)   NOT NULL,
    action      VARCHAR(100)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    detail      VARCHAR(4000) NOT NULL,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL,
    CONSTRAINT core_audit_pk PRIMARY KEY (seq)
);
CREATE INDEX core_audit_subject ON core_audit (subject, seq);

-- One row: the chain's head. Appends lock it first, which serialises them and keeps the chain linear.
CREATE TABLE core_audit_head (
    id        INT      NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT core_audit_head_pk PRIMARY KEY (id)
);
INSERT INTO core_audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE core_outbox (
    position        BIGINT GENERATED ALWAYS AS IDENTITY,
    id              VARCHAR(36)    NOT NULL,
    origin_node     VARCHAR(64)    NOT NULL,
    subject         VARCHAR(200)   NOT NULL,
    subject_seq     BIGINT         NOT NULL,
    event_type      VARCHAR(100)   NOT NULL,
    payload_version INT            NOT NULL,
    payload         VARCHAR(32000) NOT NULL,
    created_ms      BIGINT         NOT NULL,
    delivered_ms    BIGINT,
    CONSTRAINT core_outbox_pk PRIMARY KEY (position),
    CONSTRAINT core_outbox_id UNIQUE (id),
    CONSTRAINT core_outbox_subject_seq UNIQUE (subject, subject_seq)
);
CREATE INDEX core_outbox_pending ON core_outbox (delivered_ms, position);
