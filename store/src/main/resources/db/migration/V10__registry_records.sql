-- Carbon-credit registry exports imported by `zhonghe registry import` (issue 16; docs/registries.md).
-- One row per record read (issuance, retirement, cancellation), keyed by its file and line; a
-- registry folder is replaced as a whole when its files change (registry_folders.sha256).
CREATE TABLE registry_folders (
    registry     VARCHAR(40)  NOT NULL PRIMARY KEY,
    sha256       CHAR(64)     NOT NULL,
    files        INTEGER      NOT NULL,
    records      BIGINT       NOT NULL,
    imported_at  TIMESTAMP    NOT NULL
);

CREATE TABLE registry_records (
    file           VARCHAR(300)   NOT NULL,
    line           BIGINT         NOT NULL,
    registry       VARCHAR(40)    NOT NULL,
    status         VARCHAR(12)    NOT NULL,
    serial         VARCHAR(500),
    block_key      VARCHAR(500),
    first_unit     BIGINT,
    last_unit      BIGINT,
    project_id     VARCHAR(200)   NOT NULL,
    project_name   VARCHAR(2000),
    project_type   VARCHAR(2000),
    methodology    VARCHAR(2000),
    country        VARCHAR(200),
    vintage_first  INTEGER,
    vintage_last   INTEGER,
    tonnes         DECIMAL(38, 6) NOT NULL,
    kilograms      DECIMAL(38, 3),
    retired_on     DATE,
    beneficiary    VARCHAR(4000),
    account_holder VARCHAR(2000),
    notes          VARCHAR(16000),
    credit_class   VARCHAR(20)    NOT NULL,
    removal_kind   VARCHAR(40),
    PRIMARY KEY (file, line)
);

CREATE INDEX registry_records_block ON registry_records (registry, block_key);
CREATE INDEX registry_records_registry ON registry_records (registry);
