-- Schema 12 for PostgreSQL (issue 20): one level of parent tags, as in the SQLite chain. The
-- tag table's grants (ServerAccess) cover the new column: whoever may change a tag may file it.
ALTER TABLE tag ADD COLUMN parent_id TEXT COLLATE "C" REFERENCES tag (id) ON DELETE SET NULL
    CHECK (parent_id IS NULL OR parent_id <> id);
CREATE INDEX tag_by_parent ON tag (parent_id);
