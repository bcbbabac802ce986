-- Sync with remote CKAN sites: remotes, links between local and remote
-- datasets (with the base snapshot both sides agreed on), organizations and
-- groups mapped between sites, pull cursors, jobs and their journal.
-- Tokens are NOT here: they live behind the secret store (secrets.ts).

CREATE TABLE sync_remotes (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE,
  url          TEXT NOT NULL,
  created      TEXT NOT NULL,
  checked      TEXT,                        -- last successful status_show
  ckan_version TEXT,
  extensions   TEXT NOT NULL DEFAULT '[]',  -- JSON list of plugin names
  capabilities TEXT NOT NULL DEFAULT '{}',  -- JSON {package_revise, package_search, ...} as last seen
  remote_user  TEXT                         -- who the token acts as, at last check
);

-- A local dataset tied to a remote one. package_id has no foreign key: a
-- purged local dataset must still be seen (and pushed) as a deletion.
CREATE TABLE sync_links (
  remote_id         TEXT NOT NULL REFERENCES sync_remotes (id) ON DELETE CASCADE,
  package_id        TEXT NOT NULL,           -- local id
  remote_package_id TEXT NOT NULL,
  remote_name       TEXT NOT NULL,
  remote_modified   TEXT,                    -- the remote's metadata_modified at last sync
  base              TEXT NOT NULL,           -- JSON: the remote dict both sides agreed on
  local_seq         INTEGER NOT NULL,        -- activities.seq of the dataset at last sync
  resource_map      TEXT NOT NULL DEFAULT '{}', -- JSON local resource id → remote resource id
  files             TEXT NOT NULL DEFAULT '{}', -- JSON local resource id → {name, size, sha256} last synced
  synced            TEXT NOT NULL,
  remote_state      TEXT NOT NULL DEFAULT 'active', -- 'deleted' once the remote dataset is gone
  conflict          TEXT,                    -- JSON {remote, remote_modified, conflicts, detected}
  errors            TEXT,                    -- JSON field → messages from the remote's last refusal
  PRIMARY KEY (remote_id, package_id)
);
CREATE UNIQUE INDEX sync_links_remote_package ON sync_links (remote_id, remote_package_id);

-- Organizations and groups: which local one stands for which remote one.
CREATE TABLE sync_group_links (
  remote_id       TEXT NOT NULL REFERENCES sync_remotes (id) ON DELETE CASCADE,
  local_id        TEXT NOT NULL,
  remote_group_id TEXT NOT NULL,
  remote_name     TEXT NOT NULL,
  is_organization INTEGER NOT NULL,
  PRIMARY KEY (remote_id, local_id)
);
CREATE UNIQUE INDEX sync_group_links_remote ON sync_group_links (remote_id, remote_group_id);

-- Where the last pull of a scope (site, organizations, query) got to: its
-- highest metadata_modified, advanced as pages are applied.
CREATE TABLE sync_cursors (
  remote_id TEXT NOT NULL REFERENCES sync_remotes (id) ON DELETE CASCADE,
  scope     TEXT NOT NULL,
  since     TEXT NOT NULL,
  updated   TEXT NOT NULL,
  PRIMARY KEY (remote_id, scope)
);

-- Network work runs as jobs outside engine transactions; their progress is here.
CREATE TABLE sync_jobs (
  id        TEXT PRIMARY KEY,
  kind      TEXT NOT NULL,                  -- 'check' | 'pull' | 'push'
  remote_id TEXT REFERENCES sync_remotes (id) ON DELETE CASCADE,
  user_id   TEXT,                           -- the local caller who started it
  params    TEXT NOT NULL DEFAULT '{}',
  state     TEXT NOT NULL,                  -- queued | running | done | failed | cancelled | interrupted
  phase     TEXT,
  done      INTEGER NOT NULL DEFAULT 0,
  total     INTEGER,
  bytes_done  INTEGER NOT NULL DEFAULT 0,
  bytes_total INTEGER,
  message   TEXT,
  result    TEXT,                           -- JSON summary
  error     TEXT,
  runner    TEXT,                           -- "pid@host" of the process running it
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  created   TEXT NOT NULL,
  started   TEXT,
  updated   TEXT NOT NULL,                  -- also the runner's heartbeat
  finished  TEXT
);
CREATE INDEX sync_jobs_state ON sync_jobs (state, created);

-- Steps a job started against a remote and must not repeat blindly after a
-- crash (a create whose answer was lost, an update in flight). Keyed by
-- remote and dataset, so a later job resumes what an earlier one began.
CREATE TABLE sync_journal (
  remote_id  TEXT NOT NULL REFERENCES sync_remotes (id) ON DELETE CASCADE,
  package_id TEXT NOT NULL,
  step       TEXT NOT NULL,                 -- 'create' | 'update' | 'delete' | 'upload:<resource id>'
  job_id     TEXT,
  data       TEXT NOT NULL DEFAULT '{}',
  started    TEXT NOT NULL,
  PRIMARY KEY (remote_id, package_id, step)
);
