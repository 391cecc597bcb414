-- The newsroom's workflow: article kinds (story, roundup), attached links, and every saved revision.
ALTER TABLE articles ADD COLUMN kind TEXT NOT NULL DEFAULT 'Story';
ALTER TABLE articles ADD COLUMN links TEXT;           -- JSON [{title, url, summary}]

CREATE TABLE article_revisions (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,                        -- no foreign key: history outlives a deleted article
    number     INTEGER NOT NULL,                     -- 1, 2, ... per article
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    note       TEXT,
    status     TEXT NOT NULL,
    content    TEXT NOT NULL,                        -- JSON of the whole article as saved
    UNIQUE (article_id, number)
);
