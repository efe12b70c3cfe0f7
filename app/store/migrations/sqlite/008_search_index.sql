-- Schema 8 (issue 16): a full-text index over every article's text and every annotation's quote
-- and comment, for Find and the Search panel. FTS5 with external content (the text is kept once,
-- in article and annotation) and the trigram tokenizer of SQLite 3.34 and later, which finds any
-- substring of three characters or more, case folded, in languages written without spaces too.
-- The triggers keep it in the same transaction as every change to the rows. The index only
-- narrows a search: the hits are found in the text itself (app/search), so it never decides an
-- answer on its own. The index refers to the rows by rowid: a later migration that rebuilds
-- article or annotation (as 005 did) renumbers them and must rebuild the index too.
CREATE VIRTUAL TABLE search_article USING fts5(canonical_text, content='article',
    tokenize='trigram');
INSERT INTO search_article (search_article) VALUES ('rebuild');

CREATE TRIGGER search_article_insert AFTER INSERT ON article BEGIN
    INSERT INTO search_article (rowid, canonical_text) VALUES (new.rowid, new.canonical_text);
END;
CREATE TRIGGER search_article_delete AFTER DELETE ON article BEGIN
    INSERT INTO search_article (search_article, rowid, canonical_text)
        VALUES ('delete', old.rowid, old.canonical_text);
END;
CREATE TRIGGER search_article_update AFTER UPDATE OF canonical_text ON article BEGIN
    INSERT INTO search_article (search_article, rowid, canonical_text)
        VALUES ('delete', old.rowid, old.canonical_text);
    INSERT INTO search_article (rowid, canonical_text) VALUES (new.rowid, new.canonical_text);
END;

CREATE VIRTUAL TABLE search_annotation USING fts5(exact, comment, content='annotation',
    tokenize='trigram');
INSERT INTO search_annotation (search_annotation) VALUES ('rebuild');

CREATE TRIGGER search_annotation_insert AFTER INSERT ON annotation BEGIN
    INSERT INTO search_annotation (rowid, exact, comment)
        VALUES (new.rowid, new.exact, new.comment);
END;
CREATE TRIGGER search_annotation_delete AFTER DELETE ON annotation BEGIN
    INSERT INTO search_annotation (search_annotation, rowid, exact, comment)
        VALUES ('delete', old.rowid, old.exact, old.comment);
END;
CREATE TRIGGER search_annotation_update AFTER UPDATE OF exact, comment ON annotation BEGIN
    INSERT INTO search_annotation (search_annotation, rowid, exact, comment)
        VALUES ('delete', old.rowid, old.exact, old.comment);
    INSERT INTO search_annotation (rowid, exact, comment)
        VALUES (new.rowid, new.exact, new.comment);
END;
