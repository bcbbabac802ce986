-- Resource views, as CKAN's resource_view table keeps them: a view belongs to
-- one resource, has a type (a view plugin's name), a title and description,
-- a place among the resource's views (CKAN's "order") and the plugin's own
-- fields as a JSON object (CKAN's "config").
--
-- CKAN's view rows go when their resource row is purged (ON DELETE CASCADE):
-- a resource left out of a dataset stays as a deleted row, with its views,
-- until the dataset's next update purges it, or a dataset_purge takes it. The
-- resources table has no unique key on id alone that a foreign key could name
-- (migration 0009), so a trigger does the cascade. IF NOT EXISTS: a test that
-- rewinds a catalog's user_version may leave these in place.
CREATE TABLE IF NOT EXISTS resource_views (
  id          TEXT PRIMARY KEY,
  resource_id TEXT NOT NULL,
  title       TEXT,
  description TEXT,
  view_type   TEXT NOT NULL,
  position    INTEGER NOT NULL,
  config      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS resource_views_resource ON resource_views (resource_id, position);

CREATE TRIGGER IF NOT EXISTS resource_views_go_with_resource AFTER DELETE ON resources
BEGIN
  DELETE FROM resource_views WHERE resource_id = OLD.id;
END;
