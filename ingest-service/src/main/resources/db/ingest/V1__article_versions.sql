-- Every accepted version of every article, with the input exactly as it arrived, so that cleaning can be re-run
-- and audited. A row is published once Kafka has acknowledged its event; an unpublished row is retried.
CREATE TABLE article_versions (
    article_id     text        NOT NULL,
    version        integer     NOT NULL,
    source         text        NOT NULL,
    url            text,
    canonical_url  text,
    title          text,
    text           text        NOT NULL,
    raw_input      jsonb       NOT NULL,
    published_at   timestamptz,
    received_at    timestamptz NOT NULL,
    content_hash   text        NOT NULL,
    published      boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (article_id, version)
);

CREATE INDEX article_versions_url_content ON article_versions (canonical_url, content_hash)
    WHERE canonical_url IS NOT NULL;
