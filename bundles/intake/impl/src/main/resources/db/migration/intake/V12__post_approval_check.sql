-- Post-approval checks (事后核查) of cases approved on a signed commitment (告知承诺): due a number of working days
-- after the decision, done by the lead department's reviewers, watched by supervision; a failed check revokes the
-- approval. The case keeps the same facts in its details; this table is what the checks' lists filter on.
CREATE TABLE intake_post_check (
    case_number     VARCHAR(70)   NOT NULL,
    item_code       VARCHAR(50)   NOT NULL,
    item_name       VARCHAR(200)  NOT NULL,
    department_code VARCHAR(18),
    division_code   VARCHAR(12),
    due_on          DATE          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    checked_by      VARCHAR(100),
    checked_on      DATE,
    finding         VARCHAR(2000),
    CONSTRAINT intake_post_check_pk PRIMARY KEY (case_number)
);
CREATE INDEX intake_post_check_due ON intake_post_check (status, due_on);
