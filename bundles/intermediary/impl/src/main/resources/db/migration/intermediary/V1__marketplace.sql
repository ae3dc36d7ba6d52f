-- 中介超市: the service catalogue, agencies with qualifications, faults and blacklistings, projects with their sealed
-- registrations. A project's selection, contract, delivery and review are kept as JSON beside the columns lists filter on.
-- The seed of a project's draws is stored from posting on, and published (with the selection) only once it is used.

CREATE TABLE intermediary_service (
    code             VARCHAR(50)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    legal_basis      VARCHAR(1000) NOT NULL,
    required_by      VARCHAR(4000) NOT NULL,
    time_limit_days  INT           NOT NULL,
    fee_standard     VARCHAR(1000) NOT NULL,
    updated_ms       BIGINT        NOT NULL,
    CONSTRAINT intermediary_service_pk PRIMARY KEY (code)
);

CREATE TABLE intermediary_agency (
    id                BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    credit_code       VARCHAR(18)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    account           VARCHAR(100)  NOT NULL,
    contact_mobile    VARCHAR(11)   NOT NULL,
    service_areas     VARCHAR(1000) NOT NULL,
    staff_count       INT           NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    admission_opinion VARCHAR(2000),
    credit_score      INT           NOT NULL,
    credit_grade      CHAR(1)       NOT NULL,
    registered_ms     BIGINT        NOT NULL,
    CONSTRAINT intermediary_agency_pk PRIMARY KEY (id),
    CONSTRAINT intermediary_agency_code UNIQUE (credit_code),
    CONSTRAINT intermediary_agency_account UNIQUE (account)
);

CREATE TABLE intermediary_qualification (
    agency_id          BIGINT       NOT NULL,
    service_code       VARCHAR(50)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    certificate_number VARCHAR(100) NOT NULL,
    valid_until        DATE         NOT NULL,
    CONSTRAINT intermediary_qualification_pk PRIMARY KEY (agency_id, service_code)
);

CREATE TABLE intermediary_violation (
    id           BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    agency_id    BIGINT        NOT NULL,
    severity     VARCHAR(10)   NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    recorded_on  DATE          NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT intermediary_violation_pk PRIMARY KEY (id)
);
CREATE INDEX intermediary_violation_agency ON intermediary_violation (agency_id);

CREATE TABLE intermediary_blacklist (
    id           BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    agency_id    BIGINT        NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    from_date    DATE          NOT NULL,
    until_date   DATE          NOT NULL,
    listed_by    VARCHAR(100)  NOT NULL,
    lifted_on    DATE,
    lifted_by    VARCHAR(100),
    CONSTRAINT intermediary_blacklist_pk PRIMARY KEY (id)
);
CREATE INDEX intermediary_blacklist_agency ON intermediary_blacklist (agency_id);

CREATE TABLE intermediary_project (
    id                BIGINT         NOT NULL GENERATED ALWAYS AS IDENTITY,
    code              VARCHAR(40),
    service_code      VARCHAR(50)    NOT NULL,
    title             VARCHAR(200)   NOT NULL,
    scope             VARCHAR(4000)  NOT NULL,
    owner_name        VARCHAR(200)   NOT NULL,
    owner_credit_code VARCHAR(18)    NOT NULL,
    owner_account     VARCHAR(100)   NOT NULL,
    budget_min        DECIMAL(14, 2),
    budget_max        DECIMAL(14, 2),
    fixed_price       DECIMAL(14, 2),
    time_limit_days   INT            NOT NULL,
    minimum_grade     CHAR(1),
    method            VARCHAR(20)    NOT NULL,
    published_ms      BIGINT         NOT NULL,
    closes_ms         BIGINT         NOT NULL,
    public_funds      SMALLINT       NOT NULL,
    area_code         VARCHAR(12)    NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    seed              CHAR(64)       NOT NULL,
    seed_commitment   CHAR(64)       NOT NULL,
    selection         VARCHAR(32000),
    winner_agency_id  BIGINT,
    contract          VARCHAR(2000),
    delivery          VARCHAR(4000),
    review            VARCHAR(4000),
    review_score      SMALLINT,
    review_on_time    SMALLINT,
    cancel_reason     VARCHAR(2000),
    updated_ms        BIGINT         NOT NULL,
    CONSTRAINT intermediary_project_pk PRIMARY KEY (id)
);
CREATE INDEX intermediary_project_status ON intermediary_project (status, closes_ms);
CREATE INDEX intermediary_project_winner ON intermediary_project (winner_agency_id);

CREATE TABLE intermediary_registration (
    id            BIGINT         NOT NULL GENERATED ALWAYS AS IDENTITY,
    project_id    BIGINT         NOT NULL,
    agency_id     BIGINT         NOT NULL,
    bid           DECIMAL(14, 2),
    proposal      VARCHAR(8000),
    registered_ms BIGINT         NOT NULL,
    CONSTRAINT intermediary_registration_pk PRIMARY KEY (id),
    CONSTRAINT intermediary_registration_once UNIQUE (project_id, agency_id)
);
