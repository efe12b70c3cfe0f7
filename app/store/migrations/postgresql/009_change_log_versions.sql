-- Schema 9 for PostgreSQL (issue 13 items 6 and 7): row versions and the change log, as in the
-- SQLite chain. Each commit that appends to the log also sends NOTIFY counterpoint_changes
-- with the newest change id, for the windows that LISTEN.
ALTER TABLE annotation ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE article ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE annotation_set ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE actor ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE tag ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

CREATE TABLE change_log (
    id BIGINT PRIMARY KEY,
    changed_at TEXT COLLATE "C" NOT NULL,
    author TEXT COLLATE "C" NOT NULL DEFAULT '',
    entity TEXT COLLATE "C" NOT NULL,
    action TEXT COLLATE "C" NOT NULL CHECK (action IN ('added', 'changed', 'removed')),
    row_id TEXT COLLATE "C" NOT NULL DEFAULT '',
    article_id TEXT COLLATE "C" NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX change_log_by_row ON change_log (row_id);
