-- When ingest received each article. Dedupe's in-memory windows run on arrival; the time is stored so that a replay
-- after a restart (or by another instance) places each article exactly where its first assignment did. Articles
-- assigned before this column existed stay NULL and are replayed on their publication time, as they were decided.
ALTER TABLE articles ADD COLUMN received_at timestamptz;

-- Which version of dedupe-core's pipeline decided each article (DedupePipeline.VERSION; NULL: before versions were
-- recorded). Replaying rows of another version rebuilds this version's state, which can differ near thresholds.
ALTER TABLE articles ADD COLUMN pipeline_version int;
