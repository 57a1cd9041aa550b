-- +goose Up
-- The job queue: long or retried work enqueued inside the caller's
-- transaction and claimed by workers with a lease (see internal/job).
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    payload      TEXT NOT NULL DEFAULT 'null',
    status       TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','done','failed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL CHECK (max_attempts > 0),
    run_at       TIMESTAMP NOT NULL,
    lease_until  TIMESTAMP,
    locked_by    TEXT NOT NULL DEFAULT '',
    last_error   TEXT NOT NULL DEFAULT '',
    unique_key   TEXT,
    created_at   TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP
);
-- Claiming walks due queued jobs oldest first.
CREATE INDEX jobs_due ON jobs(run_at, id) WHERE status = 'queued';
-- Reclaiming finds running jobs whose lease has expired.
CREATE INDEX jobs_lease ON jobs(lease_until) WHERE status = 'running';
-- Pruning deletes finished jobs past the retention.
CREATE INDEX jobs_finished ON jobs(finished_at) WHERE finished_at IS NOT NULL;
-- One row per unique key while the row is kept, so a periodic run or a
-- deduplicated piece of work is enqueued once however many processes try.
CREATE UNIQUE INDEX jobs_unique_key ON jobs(unique_key);
