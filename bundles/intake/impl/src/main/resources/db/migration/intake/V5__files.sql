-- Files handed in with applications (scans of materials): content on disk under data/, addressed by its SHA-256.
CREATE TABLE intake_file (
    file_ref      VARCHAR(41)   NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_ms   BIGINT        NOT NULL,
    CONSTRAINT intake_file_pk PRIMARY KEY (file_ref)
);
