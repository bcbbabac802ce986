-- Followers, as CKAN keeps them: one table per kind of thing followed (users,
-- datasets, groups and organizations), keyed by (follower, object). A purge
-- takes its rows with it (CKAN's ON DELETE CASCADE); a soft delete keeps them,
-- and the follow actions leave out rows whose follower or object is deleted.
CREATE TABLE user_following_user (
  follower_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  object_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  datetime    TEXT NOT NULL,
  PRIMARY KEY (follower_id, object_id)
) WITHOUT ROWID;
CREATE INDEX user_following_user_object ON user_following_user (object_id);

CREATE TABLE user_following_dataset (
  follower_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  object_id   TEXT NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
  datetime    TEXT NOT NULL,
  PRIMARY KEY (follower_id, object_id)
) WITHOUT ROWID;
CREATE INDEX user_following_dataset_object ON user_following_dataset (object_id);

CREATE TABLE user_following_group (
  follower_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  object_id   TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  datetime    TEXT NOT NULL,
  PRIMARY KEY (follower_id, object_id)
) WITHOUT ROWID;
CREATE INDEX user_following_group_object ON user_following_group (object_id);

-- When each user last looked at their dashboard (CKAN's dashboard table). A user
-- without a row has not marked it yet: the account's creation time stands in,
-- as CKAN stamps a new user's dashboard when it creates the account.
CREATE TABLE dashboards (
  user_id                     TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  activity_stream_last_viewed TEXT NOT NULL
);
