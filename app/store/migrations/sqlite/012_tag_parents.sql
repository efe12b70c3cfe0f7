-- Schema 12 (issue 20): one level of parent tags. A tag may be filed under another; a parent has
-- no parent of its own and a tag with children takes none (Project checks both, in words). The
-- column is one more of the tag row, raised in its version and logged as a change of the tags
-- like its name and colour. Deleting a parent leaves its children at the top (Project clears
-- their parent first, as a change of each row; the foreign key's SET NULL is the safety net).
ALTER TABLE tag ADD COLUMN parent_id TEXT REFERENCES tag (id) ON DELETE SET NULL
    CHECK (parent_id IS NULL OR parent_id <> id);
CREATE INDEX tag_by_parent ON tag (parent_id);
