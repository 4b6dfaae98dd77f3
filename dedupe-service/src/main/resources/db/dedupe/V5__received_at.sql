-- When ingest received each article. An undated article is placed in dedupe's windows by this time; it is stored
-- so that a replay after a restart (or by another instance) places it exactly where the first assignment did.
-- Articles assigned before this column existed stay NULL and are replayed as before.
ALTER TABLE articles ADD COLUMN received_at timestamptz;
