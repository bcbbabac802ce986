-- Resources are found by id through an index on (the id's last 12 hex digits, id)
-- instead of the id alone. Resource ids Shelfmark makes end in the time in ms
-- (time.ts newResourceId), so new rows land at the index's end, side by side, where
-- random ids dirtied a random page each: five per package_create, and in a bulk load
-- most of the index's pages in every transaction. Ids from elsewhere (a pulled
-- portal's) are found the same way. SQLite cannot drop a PRIMARY KEY in place, so the
-- table is rebuilt. Lookups by id name the key: see packages/resource-key.ts.
CREATE TABLE resources_by_key (
  id         TEXT NOT NULL,
  package_id TEXT NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  state      TEXT NOT NULL DEFAULT 'active',
  format     TEXT,
  url_type   TEXT,
  data       TEXT -- the last dict of a deleted resource, for the record
);
INSERT INTO resources_by_key (id, package_id, position, state, format, url_type, data)
  SELECT id, package_id, position, state, format, url_type, data FROM resources ORDER BY substr(id, 25), id;
DROP TABLE resources;
ALTER TABLE resources_by_key RENAME TO resources;
CREATE UNIQUE INDEX resources_id ON resources (substr(id, 25), id);
CREATE INDEX resources_package ON resources (package_id);
