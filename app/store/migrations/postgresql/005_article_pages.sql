-- Schema 5 for PostgreSQL: PDF articles, the anchor states each update left on the version it
-- replaced, and where each page of a paged article begins in its canonical text.
ALTER TABLE article DROP CONSTRAINT article_format_check;
ALTER TABLE article ADD CONSTRAINT article_format_check
    CHECK (format IN ('txt', 'md', 'html', 'pdf'));
ALTER TABLE article_version DROP CONSTRAINT article_version_format_check;
ALTER TABLE article_version ADD CONSTRAINT article_version_format_check
    CHECK (format IN ('txt', 'md', 'html', 'pdf'));
ALTER TABLE article_version ADD COLUMN anchor_states TEXT NOT NULL DEFAULT '';

CREATE TABLE article_page (
    article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    page INTEGER NOT NULL CHECK (page >= 1),
    start_pos INTEGER NOT NULL CHECK (start_pos >= 0),
    PRIMARY KEY (article_id, page)
);
