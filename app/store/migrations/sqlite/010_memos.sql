-- Schema 10 (issue 20): memos, an analyst's free-text notes on the project as a whole, on an
-- article or on an actor, at most one for each. A memo goes with its article or actor (the
-- undo of a removal puts it back). Memos are few (one per article and actor at most) and short,
-- so the search reads them all rather than keep an index of them.
CREATE TABLE memo (
    subject TEXT NOT NULL CHECK (subject IN ('project', 'article', 'actor')),
    article_id TEXT REFERENCES article (id) ON DELETE CASCADE,
    actor_id TEXT REFERENCES actor (id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (text <> ''),
    author TEXT NOT NULL DEFAULT '',
    modified_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK ((subject = 'project' AND article_id IS NULL AND actor_id IS NULL)
        OR (subject = 'article' AND article_id IS NOT NULL AND actor_id IS NULL)
        OR (subject = 'actor' AND actor_id IS NOT NULL AND article_id IS NULL))
);
CREATE UNIQUE INDEX memo_of_subject
    ON memo (subject, COALESCE(article_id, ''), COALESCE(actor_id, ''));
