-- 帮办代办. Agents of this node's points and of the points below (the network, fed by their registration events);
-- on-behalf cases at the point where they began, with the hand-over ledger; and, at a deciding node, the applications
-- forwarded from below (each once, by the reference it has at its point) until intake has taken them in.

CREATE TABLE surrogate_agent (
    account        VARCHAR(100)  NOT NULL,
    node_id        VARCHAR(64)   NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    mobile         VARCHAR(11)   NOT NULL,
    point_code     VARCHAR(50)   NOT NULL,
    point_name     VARCHAR(200)  NOT NULL,
    level          VARCHAR(10)   NOT NULL,
    division_code  VARCHAR(12)   NOT NULL,
    registered_ms  BIGINT        NOT NULL,
    CONSTRAINT surrogate_agent_pk PRIMARY KEY (node_id, account)
);
CREATE INDEX surrogate_agent_division ON surrogate_agent (level, division_code);

CREATE TABLE surrogate_case_number (
    id  BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT surrogate_case_number_pk PRIMARY KEY (id)
);

CREATE TABLE surrogate_case (
    ref              VARCHAR(120)   NOT NULL,
    agent_account    VARCHAR(100)   NOT NULL,
    point_code       VARCHAR(50)    NOT NULL,
    item_code        VARCHAR(50)    NOT NULL,
    item_name        VARCHAR(200)   NOT NULL,
    deciding_level   VARCHAR(10)    NOT NULL,
    application      VARCHAR(32000) NOT NULL,
    applicant_name   VARCHAR(200)   NOT NULL,
    applicant_masked VARCHAR(30)    NOT NULL,
    authorisation    VARCHAR(2000)  NOT NULL,
    verified         VARCHAR(2000)  NOT NULL,
    fees             VARCHAR(4000)  NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    case_number      VARCHAR(70),
    missing          VARCHAR(4000)  NOT NULL,
    promised_date    DATE,
    outcome          VARCHAR(10),
    last_news        VARCHAR(2000),
    green_channel    SMALLINT       NOT NULL,
    project_name     VARCHAR(200),
    opened_ms        BIGINT         NOT NULL,
    submitted_ms     BIGINT,
    closed_ms        BIGINT,
    CONSTRAINT surrogate_case_pk PRIMARY KEY (ref)
);
CREATE INDEX surrogate_case_agent ON surrogate_case (agent_account, status);

CREATE TABLE surrogate_handover (
    ref          VARCHAR(120)  NOT NULL,
    seq          INT           NOT NULL,
    step         VARCHAR(30)   NOT NULL,
    items        VARCHAR(2000) NOT NULL,
    from_party   VARCHAR(200)  NOT NULL,
    to_party     VARCHAR(200)  NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    at_ms        BIGINT        NOT NULL,
    receipt_ref  VARCHAR(200),
    CONSTRAINT surrogate_handover_pk PRIMARY KEY (ref, seq)
);

CREATE TABLE surrogate_forwarded (
    ref          VARCHAR(120)   NOT NULL,
    origin_node  VARCHAR(64)    NOT NULL,
    event_id     VARCHAR(36)    NOT NULL,
    application  VARCHAR(32000) NOT NULL,
    agent        VARCHAR(200)   NOT NULL,
    status       VARCHAR(10)    NOT NULL,
    case_number  VARCHAR(70),
    reason       VARCHAR(2000),
    received_ms  BIGINT         NOT NULL,
    CONSTRAINT surrogate_forwarded_pk PRIMARY KEY (ref)
);
CREATE INDEX surrogate_forwarded_status ON surrogate_forwarded (status, received_ms);
