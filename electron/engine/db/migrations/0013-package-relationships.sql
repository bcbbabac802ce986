-- Dataset relationships, as CKAN's package_relationship table keeps them: one
-- row per relationship, always in its forward form ("A child_of B", never
-- "B parent_of A"), soft-deleted by state. Either side may be null: CKAN's
-- package_update saves relationship dicts whose other side it cannot set.
-- A purged dataset takes its rows with it (CKAN's dataset_purge purges them).
CREATE TABLE package_relationships (
  id                 TEXT PRIMARY KEY,
  subject_package_id TEXT REFERENCES packages (id) ON DELETE CASCADE,
  object_package_id  TEXT REFERENCES packages (id) ON DELETE CASCADE,
  type               TEXT,
  comment            TEXT,
  state              TEXT NOT NULL DEFAULT 'active'
);
CREATE INDEX package_relationships_subject ON package_relationships (subject_package_id);
CREATE INDEX package_relationships_object ON package_relationships (object_package_id);
