-- Full-text search over title and text, and the live feed: every change readers can watch, numbered, so a client
-- that reconnects with Last-Event-ID misses nothing.
ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(text, ''))) STORED;
CREATE INDEX articles_search ON articles USING gin (search);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_published ON articles (published_at);

ALTER TABLE stories ADD COLUMN disagreement_count integer NOT NULL DEFAULT 0;

CREATE TABLE feed (
    id          bigserial   PRIMARY KEY,
    type        text        NOT NULL,
    story_id    text,
    article_id  text,
    source      text,
    language    text,
    payload     jsonb       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
