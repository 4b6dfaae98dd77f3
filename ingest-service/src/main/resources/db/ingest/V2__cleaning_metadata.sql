-- What cleaning found: the agencies the article credits, its byline and its language.
ALTER TABLE article_versions ADD COLUMN wire_credits jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE article_versions ADD COLUMN byline text;
ALTER TABLE article_versions ADD COLUMN language text;
