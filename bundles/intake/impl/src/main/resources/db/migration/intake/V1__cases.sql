-- Cases (办件) and their daily number sequences. The application as submitted is kept as JSON; the columns
-- are what lists, queues and supervision filter on.

CREATE TABLE intake_case_sequence (
    implementation_code VARCHAR(50) NOT NULL,
    day                 CHAR(8)     NOT NULL,
    last_value          INT         NOT NULL,
    CONSTRAINT intake_case_sequence_pk PRIMARY KEY (implementation_code, day)
);

CREATE TABLE intake_case (
    case_number         VARCHAR(70)    NOT NULL,
    item_code           VARCHAR(50)    NOT NULL,
    item_version        INT            NOT NULL,
    item_name           VARCHAR(200)   NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    applicant_type      VARCHAR(20)    NOT NULL,
    applicant_name      VARCHAR(200)   NOT NULL,
    applicant_id        VARCHAR(18)    NOT NULL,
    channel             VARCHAR(10)    NOT NULL,
    application         VARCHAR(32000) NOT NULL,
    missing             VARCHAR(4000)  NOT NULL,
    tolerated           VARCHAR(4000)  NOT NULL,
    accepted_on         DATE,
    promised_date       DATE,
    tolerance_due       DATE,
    created_ms          BIGINT         NOT NULL,
    updated_ms          BIGINT         NOT NULL,
    CONSTRAINT intake_case_pk PRIMARY KEY (case_number)
);
CREATE INDEX intake_case_status ON intake_case (status, promised_date);
CREATE INDEX intake_case_applicant ON intake_case (applicant_id);
