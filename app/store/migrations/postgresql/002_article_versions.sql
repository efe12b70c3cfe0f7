-- Schema 2 for PostgreSQL: earlier versions of an article, kept when it is updated.
CREATE TABLE article_version (
    id TEXT COLLATE "C" PRIMARY KEY,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    format TEXT COLLATE "C" NOT NULL CHECK (format IN ('txt', 'md', 'html')),
    source_file_name TEXT COLLATE "C" NOT NULL DEFAULT '',
    original BYTEA NOT NULL,
    canonical_text TEXT COLLATE "C" NOT NULL,
    content_hash TEXT COLLATE "C" NOT NULL,
    imported_at TEXT COLLATE "C" NOT NULL,
    replaced_at TEXT COLLATE "C" NOT NULL,
    UNIQUE (article_id, version)
);
