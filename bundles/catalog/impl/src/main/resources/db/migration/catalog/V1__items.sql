-- The catalogue: one row per item (its current version, searchable columns) and every published version's
-- full content as JSON. A case pins (implementation_code, version).

CREATE TABLE catalog_item (
    implementation_code VARCHAR(50)  NOT NULL,
    base_code           VARCHAR(50),
    name                VARCHAR(200) NOT NULL,
    name_lower          VARCHAR(200) NOT NULL,
    department_code     VARCHAR(18)  NOT NULL,
    department_name     VARCHAR(200) NOT NULL,
    case_kind           VARCHAR(10)  NOT NULL,
    current_version     INT          NOT NULL,
    updated_ms          BIGINT       NOT NULL,
    CONSTRAINT catalog_item_pk PRIMARY KEY (implementation_code)
);
CREATE INDEX catalog_item_department ON catalog_item (department_code);
CREATE INDEX catalog_item_name ON catalog_item (name_lower);

CREATE TABLE catalog_item_version (
    implementation_code VARCHAR(50)    NOT NULL,
    version             INT            NOT NULL,
    body                VARCHAR(32000) NOT NULL,
    published_ms        BIGINT         NOT NULL,
    published_by        VARCHAR(100)   NOT NULL,
    CONSTRAINT catalog_item_version_pk PRIMARY KEY (implementation_code, version)
);
