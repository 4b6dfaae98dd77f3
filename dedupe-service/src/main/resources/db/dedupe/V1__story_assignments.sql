-- Exact-content grouping: the first article with a given cleaned content founds a story, and every article with
-- the same content joins it. The unique content hash is what keeps two instances from founding two stories.
CREATE TABLE content_stories (
    content_hash text        PRIMARY KEY,
    story_id     text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE article_assignments (
    article_id   text        PRIMARY KEY,
    version      integer     NOT NULL,
    content_hash text        NOT NULL,
    story_id     text        NOT NULL,
    assigned_at  timestamptz NOT NULL
);

CREATE INDEX article_assignments_story ON article_assignments (story_id);
