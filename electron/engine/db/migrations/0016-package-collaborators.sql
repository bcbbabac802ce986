-- CKAN's package_member table: users made collaborators on one dataset
-- (package_collaborator_create), used while ckan.auth.allow_dataset_collaborators
-- is on. One row per dataset and user; a purged dataset takes its rows along.
CREATE TABLE package_members (
  package_id TEXT NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
  user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  capacity   TEXT NOT NULL,
  modified   TEXT NOT NULL,
  PRIMARY KEY (package_id, user_id)
) WITHOUT ROWID;

CREATE INDEX package_members_by_user ON package_members (user_id, package_id);
