-- Schema 11 on a server (issue 16 item 2): pg_trgm's trigram indexes over the articles' text
-- and the annotations' quotes and comments, which a search asks for the rows that may hold a hit
-- (ServerSearchIndex): the server's counterpart of a file's FTS5 trigram index. pg_trgm is a
-- trusted extension that whoever may create in the database can add; where it cannot be added,
-- the schema is still 11 and a search reads every text, finding the same hits more slowly.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm could not be added (%); a search will read every text', SQLERRM;
END $$;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX article_text_trigram ON article USING gin (canonical_text gin_trgm_ops);
        CREATE INDEX annotation_exact_trigram ON annotation USING gin (exact gin_trgm_ops);
        CREATE INDEX annotation_comment_trigram ON annotation USING gin (comment gin_trgm_ops);
    END IF;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'the trigram indexes could not be made (%); a search will read every text', SQLERRM;
END $$;
