-- The core catalog: users, tokens, organizations and groups, memberships,
-- datasets (stored whole, as package_show returns them), resources, tags,
-- vocabularies and the activity stream.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  email         TEXT,
  fullname      TEXT,
  about         TEXT,
  image_url     TEXT,
  password_hash TEXT,
  sysadmin      INTEGER NOT NULL DEFAULT 0,
  state         TEXT NOT NULL DEFAULT 'active',
  created       TEXT NOT NULL,
  last_active   TEXT,
  activity_streams_email_notifications INTEGER NOT NULL DEFAULT 0,
  plugin_extras TEXT
);
CREATE INDEX users_email ON users (email);

CREATE TABLE api_tokens (
  id          TEXT PRIMARY KEY, -- the JWT's jti
  name        TEXT NOT NULL,
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL,
  last_access TEXT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Organizations and groups share one table and one name space, as in CKAN.
CREATE TABLE groups (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE,
  title           TEXT,
  description     TEXT,
  image_url       TEXT,
  type            TEXT NOT NULL,
  is_organization INTEGER NOT NULL,
  approval_status TEXT NOT NULL DEFAULT 'approved',
  state           TEXT NOT NULL DEFAULT 'active',
  created         TEXT NOT NULL,
  extras          TEXT NOT NULL DEFAULT '[]', -- [{key, value}]
  custom          TEXT NOT NULL DEFAULT '{}'  -- keys a portal's schema added, kept as sent
);

-- CKAN's member table: users in groups/orgs (capacity admin/editor/member),
-- datasets in groups (table_name 'package'), sub-groups (table_name 'group').
CREATE TABLE members (
  id         TEXT PRIMARY KEY,
  table_name TEXT NOT NULL,
  table_id   TEXT NOT NULL,
  group_id   TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  capacity   TEXT NOT NULL,
  state      TEXT NOT NULL DEFAULT 'active'
);
CREATE UNIQUE INDEX members_unique ON members (group_id, table_name, table_id);
CREATE INDEX members_object ON members (table_id, table_name);

CREATE TABLE packages (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL UNIQUE,
  title             TEXT,
  type              TEXT NOT NULL DEFAULT 'dataset',
  state             TEXT NOT NULL DEFAULT 'active',
  private           INTEGER NOT NULL DEFAULT 0,
  owner_org         TEXT,
  creator_user_id   TEXT,
  metadata_created  TEXT NOT NULL,
  metadata_modified TEXT NOT NULL,
  data              TEXT NOT NULL -- the dataset dict as package_show returns it
);
CREATE INDEX packages_owner_org ON packages (owner_org, state);
CREATE INDEX packages_modified ON packages (metadata_modified);
CREATE INDEX packages_state_name ON packages (state, private, name);

-- A lookup of resources to their dataset; the resource dicts live in packages.data.
CREATE TABLE resources (
  id         TEXT PRIMARY KEY,
  package_id TEXT NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  state      TEXT NOT NULL DEFAULT 'active',
  format     TEXT,
  url_type   TEXT,
  data       TEXT -- the last dict of a deleted resource, for the record
);
CREATE INDEX resources_package ON resources (package_id);

CREATE TABLE vocabularies (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE tags (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  vocabulary_id TEXT REFERENCES vocabularies (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX tags_name_vocab ON tags (name, ifnull(vocabulary_id, ''));

CREATE TABLE package_tags (
  package_id TEXT NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
  tag_id     TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (package_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX package_tags_tag ON package_tags (tag_id);

CREATE TABLE activities (
  id            TEXT PRIMARY KEY,
  seq           INTEGER NOT NULL, -- insertion order, to break timestamp ties
  timestamp     TEXT NOT NULL,
  user_id       TEXT,
  object_id     TEXT NOT NULL,
  activity_type TEXT NOT NULL,
  data          TEXT NOT NULL,
  -- who may read it: 'public', 'member-{org id}' or 'creator-{user id}' (CKAN 2.11's labels)
  permission_labels TEXT NOT NULL DEFAULT 'public',
  group_ids     TEXT NOT NULL DEFAULT '' -- space-separated org/group ids, for organization_activity_list
);
CREATE INDEX activities_object ON activities (object_id, seq);
CREATE INDEX activities_seq ON activities (seq);
