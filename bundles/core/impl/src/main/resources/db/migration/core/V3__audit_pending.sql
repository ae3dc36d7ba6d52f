-- Audit records are written with the change they describe into core_audit_pending, with no lock in common, and a
-- sealer links them into the hash chain (core_audit) moments later in its own transactions. So durable changes no
-- longer commit one at a time behind the chain's head row.
CREATE TABLE core_audit_pending (
    id          BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    at_ms       BIGINT        NOT NULL,
    node_id     VARCHAR(64)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    actor_role  VARCHAR(40)   NOT NULL,
    action      VARCHAR(100)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    detail      VARCHAR(4000) NOT NULL,
    CONSTRAINT core_audit_pending_pk PRIMARY KEY (id)
);

-- Each subject's last sequence number per origin, so an outbox append increments one row of its own subject instead
-- of reading MAX over the outbox's index, whose range locks made concurrent appends deadlock once nothing
-- serialised them.
CREATE TABLE core_outbox_subject (
    origin_node  VARCHAR(64)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    last_seq     BIGINT        NOT NULL,
    CONSTRAINT core_outbox_subject_pk PRIMARY KEY (origin_node, subject)
);
INSERT INTO core_outbox_subject (origin_node, subject, last_seq)
    SELECT origin_node, subject, MAX(subject_seq) FROM core_outbox GROUP BY origin_node, subject;
