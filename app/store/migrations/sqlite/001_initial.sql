-- Schema 1: articles, annotation sets, actors, tags, annotations and the relations between them.
PRAGMA application_id = 1131312208;

CREATE TABLE project_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE article (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html')),
    source_file_name TEXT NOT NULL DEFAULT '',
    original BLOB NOT NULL,
    canonical_text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL
);

CREATE TABLE annotation_set (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE actor (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tag (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL
);

CREATE TABLE annotation (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    set_id TEXT NOT NULL REFERENCES annotation_set (id),
    kind TEXT NOT NULL CHECK (kind IN ('claim', 'counterclaim', 'source', 'note')),
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    actor_id TEXT REFERENCES actor (id) ON DELETE SET NULL,
    comment TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    anchor_state TEXT NOT NULL DEFAULT 'exact'
        CHECK (anchor_state IN ('exact', 'moved', 'fuzzy', 'orphaned')),
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);
CREATE INDEX annotation_by_article ON annotation (article_id, start_pos);
CREATE INDEX annotation_by_set ON annotation (set_id);
CREATE INDEX annotation_by_actor ON annotation (actor_id);

CREATE TABLE annotation_tag (
    annotation_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    tag_id TEXT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
);
CREATE INDEX annotation_tag_by_tag ON annotation_tag (tag_id);

CREATE TABLE relation (
    id TEXT PRIMARY KEY,
    from_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    to_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('rebuts', 'supports', 'cites', 'same-claim')),
    comment TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (from_id, to_id, kind),
    CHECK (from_id <> to_id)
);
CREATE INDEX relation_by_to ON relation (to_id);
