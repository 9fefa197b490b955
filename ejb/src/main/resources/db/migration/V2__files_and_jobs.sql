-- Uploaded files (bytes in the database so every instance serves them) and the ledger that
-- makes scheduled jobs run once per cluster and period.

CREATE TABLE stored_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    original_name VARCHAR(255) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    media_type    VARCHAR(120) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       LONGBLOB     NOT NULL,
    uploaded_by   VARCHAR(150) NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL
);

CREATE TABLE job_run (
    job        VARCHAR(100) NOT NULL,
    period_key VARCHAR(40)  NOT NULL,
    claimed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (job, period_key)
);
