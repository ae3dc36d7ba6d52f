-- Who read which citizen's data, when and from where (个人信息访问记录): kept at least six months, readable by
-- supervisors and ops. Written in batches off the request path; nothing here is ever changed, only purged when old.
CREATE TABLE core_access_log (
    id          BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    at_ms       BIGINT        NOT NULL,
    reader      VARCHAR(100)  NOT NULL,
    role        VARCHAR(20)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    what        VARCHAR(100)  NOT NULL,
    address     VARCHAR(64),
    CONSTRAINT core_access_log_pk PRIMARY KEY (id)
);
CREATE INDEX core_access_log_subject ON core_access_log (subject, at_ms);
CREATE INDEX core_access_log_at ON core_access_log (at_ms);
