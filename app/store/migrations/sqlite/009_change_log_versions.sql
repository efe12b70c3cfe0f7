-- Schema 9 (issue 13 items 6 and 7): every row that can change carries a version, raised by
-- each change, so that a write can name the version it read and be refused when the row has
-- changed since; and every commit appends what it changed to a change log, in the same
-- transaction, so that other windows and processes read what changed from the last change
-- they saw instead of reloading everything.
ALTER TABLE annotation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE article ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE annotation_set ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE actor ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tag ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- One row per changed row (or one 'all' row for a bulk change): who, when, what and the row's
-- new version. Ids grow in commit order (writers take the write lock before they append).
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'removed')),
    row_id TEXT NOT NULL DEFAULT '',
    article_id TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX change_log_by_row ON change_log (row_id);
