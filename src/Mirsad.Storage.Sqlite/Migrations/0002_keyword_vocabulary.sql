-- The editors' keyword vocabulary: a keyword editors have touched (renamed, given aliases, merged,
-- split, blocked, pinned) is curated, and its name, kind and aliases join the extraction vocabulary.
ALTER TABLE keywords ADD COLUMN curated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE keywords ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;       -- never given automatically
ALTER TABLE keywords ADD COLUMN merged_into TEXT;                         -- the keyword this one was merged into
CREATE INDEX ix_keywords_curated ON keywords (curated) WHERE curated = 1;
CREATE INDEX ix_article_keywords_article ON article_keywords (article_id, rank);
