-- 好差评: invitations, evaluations, rectification of bad reviews, appeals. Where a case was handled (item, department,
-- window, clerk, node) is copied in at invitation, so statistics group one table and never join intake's.
-- Nothing here is ever deleted: an upheld appeal sets `excluded`, a follow-up sets `superseded` on the first review.

CREATE TABLE evaluation_invitation (
    case_number      VARCHAR(70)   NOT NULL,
    code             VARCHAR(16)   NOT NULL,
    item_code        VARCHAR(50)   NOT NULL,
    item_name        VARCHAR(200)  NOT NULL,
    department_code  VARCHAR(18),
    department_name  VARCHAR(200),
    window_code      VARCHAR(50),
    clerk            VARCHAR(100),
    invited_on       DATE          NOT NULL,
    expires_on       DATE          NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    invited_ms       BIGINT        NOT NULL,
    CONSTRAINT evaluation_invitation_pk PRIMARY KEY (case_number),
    CONSTRAINT evaluation_invitation_code UNIQUE (code)
);
CREATE INDEX evaluation_invitation_due ON evaluation_invitation (status, expires_on);

CREATE TABLE evaluation (
    id               BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    case_number      VARCHAR(70)   NOT NULL,
    follow_up        SMALLINT      NOT NULL,
    satisfaction     VARCHAR(20)   NOT NULL,
    channel          VARCHAR(15)   NOT NULL,
    scores           VARCHAR(500)  NOT NULL,
    comment_text     VARCHAR(2000),
    named            SMALLINT      NOT NULL,
    item_code        VARCHAR(50)   NOT NULL,
    item_name        VARCHAR(200)  NOT NULL,
    department_code  VARCHAR(18),
    department_name  VARCHAR(200),
    window_code      VARCHAR(50),
    clerk            VARCHAR(100),
    node_id          VARCHAR(64)   NOT NULL,
    evaluated_on     DATE          NOT NULL,
    evaluated_ms     BIGINT        NOT NULL,
    superseded       SMALLINT      DEFAULT 0 NOT NULL,
    excluded         SMALLINT      DEFAULT 0 NOT NULL,
    CONSTRAINT evaluation_pk PRIMARY KEY (id),
    CONSTRAINT evaluation_once UNIQUE (case_number, follow_up)
);
CREATE INDEX evaluation_period ON evaluation (evaluated_on);

CREATE TABLE evaluation_rectification (
    id               BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    evaluation_id    BIGINT        NOT NULL,
    case_number      VARCHAR(70)   NOT NULL,
    department_code  VARCHAR(18),
    department_name  VARCHAR(200),
    named            SMALLINT      NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    opened_on        DATE          NOT NULL,
    due_date         DATE          NOT NULL,
    verification     VARCHAR(2000),
    measures         VARCHAR(2000),
    answer           VARCHAR(2000),
    call_back        VARCHAR(2000),
    applicant_rating VARCHAR(20),
    closed_on        DATE,
    closed_by        VARCHAR(100),
    updated_ms       BIGINT        NOT NULL,
    CONSTRAINT evaluation_rectification_pk PRIMARY KEY (id),
    CONSTRAINT evaluation_rectification_once UNIQUE (evaluation_id)
);
CREATE INDEX evaluation_rectification_open ON evaluation_rectification (status, due_date);

CREATE TABLE evaluation_appeal (
    id               BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    evaluation_id    BIGINT        NOT NULL,
    case_number      VARCHAR(70)   NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    filed_by         VARCHAR(100)  NOT NULL,
    filed_ms         BIGINT        NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    decision         VARCHAR(2000),
    decided_by       VARCHAR(100),
    decided_ms       BIGINT,
    CONSTRAINT evaluation_appeal_pk PRIMARY KEY (id)
);
CREATE INDEX evaluation_appeal_evaluation ON evaluation_appeal (evaluation_id);
CREATE INDEX evaluation_appeal_status ON evaluation_appeal (status, filed_ms);
