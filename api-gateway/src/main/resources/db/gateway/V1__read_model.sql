-- The gateway's read model, built only from Kafka events. Every write is an upsert guarded by the article
-- version, so replaying the topics from their start rebuilds the same rows.
CREATE TABLE articles (
    article_id        text        PRIMARY KEY,
    version           integer,
    source            text,
    url               text,
    title             text,
    text              text,
    published_at      timestamptz,
    received_at       timestamptz,
    content_hash      text,
    wire_credits      jsonb,
    enriched_version  integer,
    sentences         jsonb,
    token_count       integer,
    assigned_version  integer,
    story_id          text
);

CREATE INDEX articles_story ON articles (story_id);

CREATE TABLE stories (
    story_id     text        PRIMARY KEY,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE INDEX stories_newest_first ON stories (created_at DESC, story_id DESC);
