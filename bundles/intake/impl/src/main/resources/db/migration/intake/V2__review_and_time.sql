-- The back office: per-department review steps in rounds, the suspension ledger and extensions behind a case's
-- time budget, the judgment-defaulter list, and the decision columns the public list and supervision filter on.
-- The rest of a case's state (rule, refusal, commitment, result, delivery, budget) is kept as JSON in details.

ALTER TABLE intake_case ADD COLUMN outcome VARCHAR(10);
ALTER TABLE intake_case ADD COLUMN decided_on DATE;
ALTER TABLE intake_case ADD COLUMN credit_flag VARCHAR(500);
ALTER TABLE intake_case ADD COLUMN suspended_since DATE;
ALTER TABLE intake_case ADD COLUMN review_round INT DEFAULT 0 NOT NULL;
ALTER TABLE intake_case ADD COLUMN details VARCHAR(8000);
CREATE INDEX intake_case_published ON intake_case (outcome, decided_on);

CREATE TABLE intake_review_step (
    case_number      VARCHAR(70)   NOT NULL,
    review_round     INT           NOT NULL,
    department_code  VARCHAR(18)   NOT NULL,
    department_name  VARCHAR(200)  NOT NULL,
    step_order       INT           NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    opinion          VARCHAR(2000),
    reviewer         VARCHAR(100),
    decided_ms       BIGINT,
    CONSTRAINT intake_review_step_pk PRIMARY KEY (case_number, review_round, department_code)
);
CREATE INDEX intake_review_step_queue ON intake_review_step (department_code, status);

CREATE TABLE intake_suspension (
    case_number   VARCHAR(70)   NOT NULL,
    seq           INT           NOT NULL,
    special_procedure VARCHAR(20) NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    started_on    DATE          NOT NULL,
    ended_on      DATE,
    working_days  INT,
    actor         VARCHAR(100)  NOT NULL,
    CONSTRAINT intake_suspension_pk PRIMARY KEY (case_number, seq)
);

CREATE TABLE intake_extension (
    case_number   VARCHAR(70)   NOT NULL,
    seq           INT           NOT NULL,
    days          INT           NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    approved_by   VARCHAR(100)  NOT NULL,
    added_on      DATE          NOT NULL,
    CONSTRAINT intake_extension_pk PRIMARY KEY (case_number, seq)
);

CREATE TABLE intake_defaulter (
    id_number    VARCHAR(18)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    court_reference VARCHAR(200) NOT NULL,
    listed_on    DATE          NOT NULL,
    source       VARCHAR(200)  NOT NULL,
    updated_ms   BIGINT        NOT NULL,
    CONSTRAINT intake_defaulter_pk PRIMARY KEY (id_number)
);
