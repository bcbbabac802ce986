-- search_terms.field holds a small integer for the common fields instead of their
-- names (search/term-fields.ts), and has no type affinity so that 1 and '1' stay
-- apart. The rows are rewritten in place: the index needs no rebuild. A rebuild
-- left unfinished filled tables of the old shape; it is abandoned (run it again).
CREATE TABLE search_terms_keyed (
  doc   INTEGER NOT NULL,
  field NOT NULL,
  value TEXT NOT NULL,
  pub   INTEGER NOT NULL,
  PRIMARY KEY (doc, field, value)
) WITHOUT ROWID;
INSERT INTO search_terms_keyed (doc, field, value, pub) SELECT doc, search_field_key(field), value, pub FROM search_terms ORDER BY doc;
DROP TABLE search_terms;
ALTER TABLE search_terms_keyed RENAME TO search_terms;
CREATE INDEX search_terms_value ON search_terms (field, pub, value);

DROP TABLE IF EXISTS search_docs_new;
DROP TABLE IF EXISTS search_terms_new;
DROP TABLE IF EXISTS search_values_new;
DROP TABLE IF EXISTS search_facets_new;
DROP TABLE IF EXISTS search_counts_new;
DROP TABLE IF EXISTS search_fts_new;
DROP TABLE IF EXISTS search_field_fts_new;
DELETE FROM settings WHERE key = 'search.rebuild_suffix';
