-- Schema 2: earlier versions of an article, kept whenever it is updated from a newer file.
CREATE TABLE article_version (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html')),
    source_file_name TEXT NOT NULL DEFAULT '',
    original BLOB NOT NULL,
    canonical_text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    UNIQUE (article_id, version)
);
