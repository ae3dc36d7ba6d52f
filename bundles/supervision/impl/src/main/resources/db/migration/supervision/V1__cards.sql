-- Cards and warnings of e-supervision. One row per crossing: the unique key makes a second scan a no-op and lets a
-- case whose due date moved cross again. Supervision reads intake's read model (intake_case: status, promised_date,
-- suspended_since, department_code/name, channel, created_ms, decided_on; intake_review_step: pending steps).

CREATE TABLE supervision_card (
    id               BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    case_number      VARCHAR(70)   NOT NULL,
    scope            VARCHAR(4)    NOT NULL,
    department_code  VARCHAR(18)   NOT NULL,
    department_name  VARCHAR(200)  NOT NULL,
    colour           VARCHAR(7)    NOT NULL,
    due_date         DATE          NOT NULL,
    threshold        INT           NOT NULL,
    issued_on        DATE          NOT NULL,
    issued_ms        BIGINT        NOT NULL,
    closed_on        DATE,
    closed_reason    VARCHAR(200),
    CONSTRAINT supervision_card_pk PRIMARY KEY (id),
    CONSTRAINT supervision_card_once UNIQUE (case_number, scope, department_code, colour, due_date)
);
CREATE INDEX supervision_card_open ON supervision_card (closed_on, case_number);
CREATE INDEX supervision_card_department ON supervision_card (department_code, issued_on);
