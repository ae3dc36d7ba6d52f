-- Records the provincial hub refused, with its reason, until ops fix the cause and send the event again.
CREATE TABLE provincial_rejected (
    record_id    VARCHAR(80)   NOT NULL,
    event_id     VARCHAR(36)   NOT NULL,
    dataset      VARCHAR(12)   NOT NULL,
    case_number  VARCHAR(200)  NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    at_ms        BIGINT        NOT NULL,
    CONSTRAINT provincial_rejected_pk PRIMARY KEY (record_id)
);
CREATE INDEX provincial_rejected_at ON provincial_rejected (at_ms);
