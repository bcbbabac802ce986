-- Datasets written since the search index last caught up with them
-- (search/index-queue.ts). A write only adds its dataset's id here; the index
-- is brought up to date in batches, and always before a search reads it.
CREATE TABLE search_queue (
  package_id TEXT PRIMARY KEY
) WITHOUT ROWID;
