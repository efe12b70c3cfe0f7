-- Schema 4: shared passages the analysts dismissed as "same claim" suggestions, so that they are
-- not offered again. A passage is named by its two articles and a digest of its words in each.
CREATE TABLE dismissed_passage (
    first_article TEXT COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    second_article TEXT COLLATE "C" NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    passage_key TEXT COLLATE "C" NOT NULL,
    dismissed_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (first_article, second_article, passage_key)
);
