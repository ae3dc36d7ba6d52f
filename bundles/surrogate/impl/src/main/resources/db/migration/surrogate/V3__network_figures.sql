-- Free services given on a case (copies in pages, mailings), and the network's figures: one row per on-behalf case
-- this node knows, its own points' (written with each change) and those of every point below (from their summaries,
-- which travel up through sync). A summary is applied only when its revision is newer, so a late or repeated one
-- changes nothing.
CREATE TABLE surrogate_free_service (
    ref          VARCHAR(120)  NOT NULL,
    seq          INT           NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    quantity     INT           NOT NULL,
    detail       VARCHAR(500),
    recorded_by  VARCHAR(100)  NOT NULL,
    at_ms        BIGINT        NOT NULL,
    CONSTRAINT surrogate_free_service_pk PRIMARY KEY (ref, seq)
);

CREATE TABLE surrogate_network_case (
    ref            VARCHAR(120)   NOT NULL,
    node_id        VARCHAR(64)    NOT NULL,
    agent_account  VARCHAR(100)   NOT NULL,
    agent_name     VARCHAR(100)   NOT NULL,
    point_code     VARCHAR(50)    NOT NULL,
    point_name     VARCHAR(200)   NOT NULL,
    level          VARCHAR(10)    NOT NULL,
    division_code  VARCHAR(12)    NOT NULL,
    status         VARCHAR(10)    NOT NULL,
    green_channel  SMALLINT       NOT NULL,
    fees           DECIMAL(14, 2) NOT NULL,
    free_copies    INT            NOT NULL,
    mailings       INT            NOT NULL,
    opened_ms      BIGINT         NOT NULL,
    closed_ms      BIGINT,
    revision       INT            NOT NULL,
    CONSTRAINT surrogate_network_case_pk PRIMARY KEY (ref)
);
CREATE INDEX surrogate_network_case_where ON surrogate_network_case (level, division_code);
