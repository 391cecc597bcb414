-- Mirsad's first schema. Text dates are UTC ISO 8601 ('yyyy-MM-ddTHH:mm:ssZ') so they sort as text.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('sequence', '0');

CREATE TABLE sources (
    slug       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    homepage   TEXT,
    language   TEXT,
    country    TEXT,
    leaning    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE articles (
    id              TEXT PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,
    headline        TEXT NOT NULL,
    standfirst      TEXT,
    body            TEXT NOT NULL,           -- JSON array of {kind, text}
    language        TEXT NOT NULL,
    published_at    TEXT,
    published_month TEXT,                    -- 'yyyy-MM', for archives
    section         TEXT,
    section_slug    TEXT,
    source_slug     TEXT REFERENCES sources (slug) ON UPDATE CASCADE,
    url             TEXT,
    original        TEXT,                    -- JSON {headline, text, language, url}
    credit          TEXT,
    disclaimer      TEXT,
    status          TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    seq             INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX ix_articles_status_published ON articles (status, published_at DESC);
CREATE INDEX ix_articles_source ON articles (source_slug, status, published_at DESC);
CREATE INDEX ix_articles_section ON articles (section_slug, status, published_at DESC);
CREATE INDEX ix_articles_month ON articles (status, published_month);
CREATE INDEX ix_articles_seq ON articles (seq);

CREATE TABLE deleted_articles (
    id  TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
);
CREATE INDEX ix_deleted_articles_seq ON deleted_articles (seq);

CREATE TABLE keywords (
    slug       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    profile    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE keyword_aliases (
    alias_key    TEXT PRIMARY KEY,              -- KeywordNormalizer.Key(alias)
    alias        TEXT NOT NULL,
    keyword_slug TEXT NOT NULL REFERENCES keywords (slug) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX ix_keyword_aliases_keyword ON keyword_aliases (keyword_slug);

CREATE TABLE article_keywords (
    article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    keyword_slug TEXT NOT NULL REFERENCES keywords (slug) ON DELETE CASCADE ON UPDATE CASCADE,
    rank         INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    PRIMARY KEY (article_id, keyword_slug)
);
CREATE INDEX ix_article_keywords_keyword ON article_keywords (keyword_slug, article_id);
