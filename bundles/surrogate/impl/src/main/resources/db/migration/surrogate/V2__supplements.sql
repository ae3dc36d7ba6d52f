-- Supplements (补正) answering a deficiency notice, forwarded like the application, until intake has taken them.
CREATE TABLE surrogate_supplement (
    event_id     VARCHAR(36)    NOT NULL,
    ref          VARCHAR(120)   NOT NULL,
    origin_node  VARCHAR(64)    NOT NULL,
    materials    VARCHAR(16000) NOT NULL,
    agent        VARCHAR(200)   NOT NULL,
    status       VARCHAR(10)    NOT NULL,
    reason       VARCHAR(2000),
    received_ms  BIGINT         NOT NULL,
    CONSTRAINT surrogate_supplement_pk PRIMARY KEY (event_id)
);
CREATE INDEX surrogate_supplement_status ON surrogate_supplement (status, received_ms);
