-- What the simulated provincial hub received: each record once, by its id.
CREATE TABLE hubsim_record (
    record_id    VARCHAR(80)    NOT NULL,
    dataset      VARCHAR(12)    NOT NULL,
    case_number  VARCHAR(200)   NOT NULL,
    data         VARCHAR(16000) NOT NULL,
    sender       VARCHAR(100)   NOT NULL,
    received_ms  BIGINT         NOT NULL,
    CONSTRAINT hubsim_record_pk PRIMARY KEY (record_id)
);
CREATE INDEX hubsim_record_case ON hubsim_record (case_number, received_ms);
