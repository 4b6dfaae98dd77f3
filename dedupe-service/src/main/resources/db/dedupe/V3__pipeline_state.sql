-- The dedupe pipeline's input and decisions. Articles are numbered in the order they were assigned (seq): an
-- instance rebuilds its in-memory indexes by replaying them in that order, after a restart or to catch up with
-- what other instances assigned, and so reaches the same state as they did.
DROP TABLE article_assignments;
DROP TABLE content_stories;

CREATE TABLE articles (
    seq           bigserial   UNIQUE,
    article_id    text        PRIMARY KEY,
    version       integer     NOT NULL,
    source        text,
    title         text,
    text          text        NOT NULL,
    published_at  timestamptz,
    wire_credits  jsonb       NOT NULL,
    entity_keys   jsonb       NOT NULL,
    story_id      text        NOT NULL,
    duplicate_of  text,
    assigned_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX articles_story ON articles (story_id);

-- Text reuse between two articles, stored once for each direction: share is the fraction of article_id's text
-- found in other_id, passages are character ranges in both texts.
CREATE TABLE reuse_links (
    article_id   text             NOT NULL,
    other_id     text             NOT NULL,
    relation     text             NOT NULL,
    share        double precision NOT NULL,
    other_share  double precision NOT NULL,
    passages     jsonb            NOT NULL,
    PRIMARY KEY (article_id, other_id)
);
