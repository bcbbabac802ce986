-- CKAN's task_status and term_translation tables, which extensions use through
-- task_status_* and term_translation_* (core CKAN itself writes neither).
-- A task status is one (entity, task type, key) value, unique as in CKAN.
CREATE TABLE task_status (
  id           TEXT PRIMARY KEY,
  entity_id    TEXT NOT NULL,
  entity_type  TEXT NOT NULL,
  task_type    TEXT NOT NULL,
  key          TEXT NOT NULL,
  value        TEXT NOT NULL,
  state        TEXT,
  error        TEXT,
  last_updated TEXT,
  UNIQUE (entity_id, task_type, key)
);

-- A translation of a term into one language; CKAN keeps no key, and updates
-- every row with the same term and language. Rows are listed in rowid order.
CREATE TABLE term_translation (
  term             TEXT NOT NULL,
  term_translation TEXT NOT NULL,
  lang_code        TEXT NOT NULL
);
CREATE INDEX term_translation_term_lang ON term_translation (term, lang_code);
