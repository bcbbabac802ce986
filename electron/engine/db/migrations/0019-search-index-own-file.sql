-- The search index moves to a database file of its own (search/index-schema.sql,
-- search/index-file.ts), written on a second thread while this file takes the
-- next writes. Its tables here go; the new file is filled from the queue. They
-- were about half of the file, so the file is rewritten afterwards (db/open.ts).
-- then: vacuum
DROP TABLE IF EXISTS search_fts_vocab;
DROP TABLE IF EXISTS search_field_fts_vocab;
DROP TABLE IF EXISTS search_docs;
DROP TABLE IF EXISTS search_terms;
DROP TABLE IF EXISTS search_values;
DROP TABLE IF EXISTS search_facets;
DROP TABLE IF EXISTS search_counts;
DROP TABLE IF EXISTS search_fts;
DROP TABLE IF EXISTS search_field_fts;
DROP TABLE IF EXISTS search_docs_new;
DROP TABLE IF EXISTS search_terms_new;
DROP TABLE IF EXISTS search_values_new;
DROP TABLE IF EXISTS search_facets_new;
DROP TABLE IF EXISTS search_counts_new;
DROP TABLE IF EXISTS search_fts_new;
DROP TABLE IF EXISTS search_field_fts_new;
DELETE FROM settings WHERE key = 'search.rebuild_suffix';

-- The queue now keeps, per dataset, the sequence number of its last write: the
-- index file records the last number it holds (search_state.through), so the
-- index thread reads the queue without writing this file. A dataset written
-- again takes a new number (INSERT OR REPLACE numbers the new row before the old
-- one goes). Rows are never deleted, so the highest number only grows and none
-- is handed out twice (AUTOINCREMENT would promise that too, at the price of
-- another page written on every commit). Every dataset is queued once, in
-- creation order, to fill the new file.
DROP TABLE search_queue;
CREATE TABLE search_queue (
  seq        INTEGER PRIMARY KEY,
  package_id TEXT NOT NULL UNIQUE
);
INSERT INTO search_queue (package_id) SELECT id FROM packages ORDER BY rowid;
-- Names this catalog, so an index file built from another one (a copied or restored file) is recognised.
INSERT OR IGNORE INTO settings (key, value) VALUES ('search.store_id', lower(hex(randomblob(16))));
