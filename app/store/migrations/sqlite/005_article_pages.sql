-- Schema 5: PDF articles and the pages of every article that has them. SQLite cannot widen a
-- CHECK in place, so article and article_version are rebuilt (Database::migrate runs every
-- migration with foreign keys off and checks them before it commits: dropping the old article
-- table must not cascade to the annotations that refer to it by name). article_version also
-- gains the anchor states its replacement left (what the Versions dialog lists).
CREATE TABLE article_rebuilt (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html', 'pdf')),
    source_file_name TEXT NOT NULL DEFAULT '',
    original BLOB NOT NULL,
    canonical_text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL
);
INSERT INTO article_rebuilt (id, title, publisher, author, url, published, format,
    source_file_name, original, canonical_text, content_hash, imported_at)
    SELECT id, title, publisher, author, url, published, format, source_file_name, original,
        canonical_text, content_hash, imported_at FROM article;

CREATE TABLE article_version_rebuilt (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html', 'pdf')),
    source_file_name TEXT NOT NULL DEFAULT '',
    original BLOB NOT NULL,
    canonical_text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    anchor_states TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, version)
);
INSERT INTO article_version_rebuilt (id, article_id, version, format, source_file_name,
    original, canonical_text, content_hash, imported_at, replaced_at)
    SELECT id, article_id, version, format, source_file_name, original, canonical_text,
        content_hash, imported_at, replaced_at FROM article_version;

DROP TABLE article_version;
DROP TABLE article;
ALTER TABLE article_rebuilt RENAME TO article;
ALTER TABLE article_version_rebuilt RENAME TO article_version;

-- Where each page of a paged article (a PDF) begins in its canonical text, so that a range can
-- be cited by page.
CREATE TABLE article_page (
    article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    page INTEGER NOT NULL CHECK (page >= 1),
    start_pos INTEGER NOT NULL CHECK (start_pos >= 0),
    PRIMARY KEY (article_id, page)
);
