-- Schema 1 for PostgreSQL (team mode): the same tables as SQLite, with BYTEA for raw bytes.
-- PostgreSQL has no application id; the server is found by its connection settings. Text
-- compares by code point (COLLATE "C"), as SQLite compares it, whatever the server's locale.

CREATE TABLE project_info (
    key TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE article (
    id TEXT COLLATE "C" PRIMARY KEY,
    title TEXT COLLATE "C" NOT NULL,
    publisher TEXT COLLATE "C" NOT NULL DEFAULT '',
    author TEXT COLLATE "C" NOT NULL DEFAULT '',
    url TEXT COLLATE "C" NOT NULL DEFAULT '',
    published TEXT COLLATE "C" NOT NULL DEFAULT '',
    format TEXT COLLATE "C" NOT NULL CHECK (format IN ('txt', 'md', 'html')),
    source_file_name TEXT COLLATE "C" NOT NULL DEFAULT '',
    original BYTEA NOT NULL,
    canonical_text TEXT COLLATE "C" NOT NULL,
    content_hash TEXT COLLATE "C" NOT NULL UNIQUE,
    imported_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE annotation_set (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL UNIQUE,
    description TEXT COLLATE "C" NOT NULL DEFAULT ''
);

CREATE TABLE actor (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL UNIQUE,
    description TEXT COLLATE "C" NOT NULL DEFAULT ''
);

CREATE TABLE tag (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL UNIQUE,
    color TEXT COLLATE "C" NOT NULL
);

CREATE TABLE annotation (
    id TEXT COLLATE "C" PRIMARY KEY,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    set_id TEXT COLLATE "C" NOT NULL REFERENCES annotation_set (id),
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('claim', 'counterclaim', 'source', 'note')),
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    exact TEXT COLLATE "C" NOT NULL,
    prefix TEXT COLLATE "C" NOT NULL DEFAULT '',
    suffix TEXT COLLATE "C" NOT NULL DEFAULT '',
    actor_id TEXT COLLATE "C" REFERENCES actor (id) ON DELETE SET NULL,
    comment TEXT COLLATE "C" NOT NULL DEFAULT '',
    author TEXT COLLATE "C" NOT NULL DEFAULT '',
    created_at TEXT COLLATE "C" NOT NULL,
    modified_at TEXT COLLATE "C" NOT NULL,
    anchor_state TEXT COLLATE "C" NOT NULL DEFAULT 'exact'
        CHECK (anchor_state IN ('exact', 'moved', 'fuzzy', 'orphaned')),
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);
CREATE INDEX annotation_by_article ON annotation (article_id, start_pos);
CREATE INDEX annotation_by_set ON annotation (set_id);
CREATE INDEX annotation_by_actor ON annotation (actor_id);

CREATE TABLE annotation_tag (
    annotation_id TEXT COLLATE "C" NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    tag_id TEXT COLLATE "C" NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
);
CREATE INDEX annotation_tag_by_tag ON annotation_tag (tag_id);

CREATE TABLE relation (
    id TEXT COLLATE "C" PRIMARY KEY,
    from_id TEXT COLLATE "C" NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    to_id TEXT COLLATE "C" NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('rebuts', 'supports', 'cites', 'same-claim')),
    comment TEXT COLLATE "C" NOT NULL DEFAULT '',
    author TEXT COLLATE "C" NOT NULL DEFAULT '',
    created_at TEXT COLLATE "C" NOT NULL,
    UNIQUE (from_id, to_id, kind),
    CHECK (from_id <> to_id)
);
CREATE INDEX relation_by_to ON relation (to_id);
