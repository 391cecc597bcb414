-- The newsroom's intake: sources become monitored (poll interval, active flag, notes, health), each
-- with feeds of its own, and the items found in those feeds are kept with their page and text.
ALTER TABLE sources ADD COLUMN poll_minutes INTEGER NOT NULL DEFAULT 30;
ALTER TABLE sources ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sources ADD COLUMN notes TEXT;
ALTER TABLE sources ADD COLUMN last_polled_at TEXT;
ALTER TABLE sources ADD COLUMN last_success_at TEXT;
ALTER TABLE sources ADD COLUMN last_error TEXT;
ALTER TABLE sources ADD COLUMN last_error_at TEXT;

CREATE TABLE source_feeds (
    id              INTEGER PRIMARY KEY,
    source_slug     TEXT NOT NULL REFERENCES sources (slug) ON DELETE CASCADE ON UPDATE CASCADE,
    url             TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT 'auto',   -- auto, rss, atom, json, sitemap
    active          INTEGER NOT NULL DEFAULT 1,     -- 0: unconfirmed or switched off by the operator
    etag            TEXT,
    last_modified   TEXT,
    last_polled_at  TEXT,
    last_success_at TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    UNIQUE (source_slug, url)
);

CREATE TABLE monitored_items (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    source_slug      TEXT NOT NULL REFERENCES sources (slug) ON DELETE CASCADE ON UPDATE CASCADE,
    feed_id          INTEGER REFERENCES source_feeds (id) ON DELETE SET NULL,
    url              TEXT NOT NULL,                 -- the link as the feed gave it
    link_key         TEXT NOT NULL,                 -- the link with tracking stripped: what makes an entry already seen
    canonical_url    TEXT NOT NULL,                 -- link_key, or the page's rel=canonical once it is read
    guid             TEXT,
    title            TEXT NOT NULL,
    title_key        TEXT NOT NULL,                 -- normalised title, for same-title duplicates
    summary          TEXT,
    author           TEXT,
    language         TEXT,
    published_at     TEXT,
    discovered_at    TEXT NOT NULL,
    sort_at          TEXT NOT NULL,                 -- published_at when plausible, else discovered_at: the desk's order
    status           TEXT NOT NULL,                 -- pending, ready, failed
    attempts         INTEGER NOT NULL DEFAULT 0,
    error            TEXT,
    text             TEXT,                          -- extracted main text, paragraphs separated by blank lines
    content_html     TEXT,                          -- extracted main content as HTML (sanitised when shown)
    simhash          INTEGER,
    duplicate_of     INTEGER REFERENCES monitored_items (id) ON DELETE SET NULL,
    duplicate_reason TEXT,
    story_id         INTEGER,
    keywords         TEXT,                          -- JSON array of {slug, name}
    article_id       TEXT REFERENCES articles (id) ON DELETE SET NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (source_slug, link_key)
);
CREATE INDEX ix_items_link ON monitored_items (link_key);
CREATE INDEX ix_items_source_sort ON monitored_items (source_slug, sort_at);
CREATE INDEX ix_items_canonical ON monitored_items (canonical_url);
CREATE INDEX ix_items_status ON monitored_items (source_slug, status, id);
CREATE INDEX ix_items_title ON monitored_items (source_slug, title_key);
CREATE INDEX ix_items_newest ON monitored_items (sort_at DESC, id DESC);
CREATE INDEX ix_items_discovered ON monitored_items (discovered_at);
CREATE INDEX ix_items_story ON monitored_items (story_id);

CREATE TABLE monitored_item_keywords (
    item_id      INTEGER NOT NULL REFERENCES monitored_items (id) ON DELETE CASCADE,
    keyword_slug TEXT NOT NULL,
    name         TEXT NOT NULL,
    PRIMARY KEY (item_id, keyword_slug)
);
CREATE INDEX ix_item_keywords_keyword ON monitored_item_keywords (keyword_slug, item_id);

-- The page as fetched, kept apart so that listing items never reads it.
CREATE TABLE monitored_pages (
    item_id    INTEGER PRIMARY KEY REFERENCES monitored_items (id) ON DELETE CASCADE,
    final_url  TEXT NOT NULL,
    charset    TEXT,
    raw_html   TEXT NOT NULL,
    fetched_at TEXT NOT NULL
);
