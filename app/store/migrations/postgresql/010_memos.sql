-- Schema 10 for PostgreSQL (issue 20): memos on the project, an article or an actor, as in the
-- SQLite chain. Curators and the owner write them (ServerAccess: the table is theirs to
-- change, as articles and the lists are); coders and readers read them.
CREATE TABLE memo (
    subject TEXT COLLATE "C" NOT NULL CHECK (subject IN ('project', 'article', 'actor')),
    article_id TEXT COLLATE "C" REFERENCES article (id) ON DELETE CASCADE,
    actor_id TEXT COLLATE "C" REFERENCES actor (id) ON DELETE CASCADE,
    text TEXT COLLATE "C" NOT NULL CHECK (text <> ''),
    author TEXT COLLATE "C" NOT NULL DEFAULT '',
    modified_at TEXT COLLATE "C" NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    CHECK ((subject = 'project' AND article_id IS NULL AND actor_id IS NULL)
        OR (subject = 'article' AND article_id IS NOT NULL AND actor_id IS NULL)
        OR (subject = 'actor' AND actor_id IS NOT NULL AND article_id IS NULL))
);
CREATE UNIQUE INDEX memo_of_subject
    ON memo (subject, COALESCE(article_id, ''), COALESCE(actor_id, ''));
