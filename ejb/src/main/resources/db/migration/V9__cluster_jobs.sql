-- Scheduled jobs once per cluster. One row per job is both the lease and the run state every
-- instance's console reads: an instance claims it with SELECT … FOR UPDATE when no live run
-- holds it (locked_until in the past), renews locked_until as it reports progress, and
-- clears running when it finishes. A run whose instance died keeps running = TRUE until its
-- lease expires; then any instance takes it over. slot_key is the time slot (or period) of the
-- current or last run, so a slot another instance already finished is not run again.
CREATE TABLE integration_job (
    job_name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    running         BOOLEAN       NOT NULL DEFAULT FALSE,
    owner_id        VARCHAR(200),
    run_token       VARCHAR(40),
    slot_key        VARCHAR(40),
    locked_until    DATETIME(6),
    started_at      DATETIME(6),
    heartbeat_at    DATETIME(6),
    finished_at     DATETIME(6),
    done_count      INT           NOT NULL DEFAULT 0,
    total_count     INT           NOT NULL DEFAULT 0,
    last_result     VARCHAR(500),
    last_error      VARCHAR(2000),
    last_success_at DATETIME(6)
);

INSERT INTO integration_job (job_name, running, done_count, total_count) VALUES
('pnt.export', FALSE, 0, 0),
('digests', FALSE, 0, 0);
