-- Schema 2 for PostgreSQL: earlier versions of an article, kept when it is updated.
CREATE TABLE article_version (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html')),
    source_file_name TEXT NOT NULL DEFAULT '',
    original BYTEA NOT NULL,
    canonical_text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    UNIQUE (article_id, version)
);
