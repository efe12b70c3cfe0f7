-- Schema 7 (issue 15): a fact-checker's verdict on a claim or counterclaim (schema.org
-- ClaimReview): its rating on a scale, who reviewed it, when (YYYY-MM-DD, '' when undated) and
-- the published review's address. One per annotation; it goes when its annotation goes.
CREATE TABLE claim_review (
    annotation_id TEXT PRIMARY KEY REFERENCES annotation (id) ON DELETE CASCADE,
    rating TEXT NOT NULL CHECK (rating <> ''),
    rating_value INTEGER NOT NULL,
    worst_rating INTEGER NOT NULL,
    best_rating INTEGER NOT NULL,
    reviewer TEXT NOT NULL DEFAULT '',
    reviewed_on TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    CHECK (worst_rating < best_rating AND rating_value BETWEEN worst_rating AND best_rating)
);
