-- A project keeps the version of the selection rules it was posted under (the SHA-256 of their text, kept in
-- intermediary_rules), so changing the node's rules changes neither its draw nor its re-check. A cancellation keeps
-- its time and whether it came after the selection (counted against the owner); a project that posts a need its owner
-- cancelled after a selection names that project.

CREATE TABLE intermediary_rules (
    version      CHAR(64)       NOT NULL,
    content      VARCHAR(4000)  NOT NULL,
    recorded_ms  BIGINT         NOT NULL,
    CONSTRAINT intermediary_rules_pk PRIMARY KEY (version)
);

ALTER TABLE intermediary_project ADD COLUMN rules_version CHAR(64);
ALTER TABLE intermediary_project ADD COLUMN cancelled_ms BIGINT;
ALTER TABLE intermediary_project ADD COLUMN cancelled_after_selection SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE intermediary_project ADD COLUMN relaunch_of BIGINT;
CREATE INDEX intermediary_project_owner ON intermediary_project (owner_credit_code, service_code);
