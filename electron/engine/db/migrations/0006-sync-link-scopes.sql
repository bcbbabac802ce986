-- Which pull scopes ("site", "org:a,b", "q:…", as scope.ts keys them)
-- brought each linked dataset. A query pull looks here for the deletions it
-- must notice: the remote can no longer say what a deleted dataset matched,
-- and the local copy may have been edited out of the query since.
-- Keyed on the link's own primary key, which a link's rewrite never changes,
-- so saving a link costs no look-up here; removing a link (remote removed,
-- remote dataset purged) takes its rows along.
CREATE TABLE sync_link_scopes (
  remote_id  TEXT NOT NULL,
  package_id TEXT NOT NULL,
  scope      TEXT NOT NULL,
  PRIMARY KEY (remote_id, package_id, scope),
  FOREIGN KEY (remote_id, package_id) REFERENCES sync_links (remote_id, package_id) ON DELETE CASCADE
) WITHOUT ROWID;
