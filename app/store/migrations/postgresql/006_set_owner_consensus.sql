-- Schema 6 (issue 14): an annotation set can belong to an analyst (its owner, '' for nobody's)
-- and can be a consensus set, whose annotations record which annotations they were settled
-- from; blind coding and other project-wide settings live in project_info.
ALTER TABLE annotation_set ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE annotation_set ADD COLUMN consensus INTEGER NOT NULL DEFAULT 0;

CREATE TABLE consensus_source (
    annotation_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    source_id TEXT NOT NULL,
    PRIMARY KEY (annotation_id, source_id)
);
