-- Byline and language found by ingest's cleaning.
ALTER TABLE articles ADD COLUMN byline text;
ALTER TABLE articles ADD COLUMN language text;
