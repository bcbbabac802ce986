-- The search index (what Solr is to CKAN), in a database file of its own
-- (search-index.sqlite beside catalog.sqlite) so that it can be written on a
-- second thread while the catalog takes the next writes: SQLite allows one
-- writer per file. Everything here is derived from packages.data and can be
-- rebuilt from it (`shelfmark search-index rebuild`), which builds the tables
-- between the rebuild markers under new names and swaps them in.
-- search/rebuild.ts reads that section: one statement per `;` at a line end,
-- comments on lines of their own or after code, and no `;` inside comments.
-- search/index-file.ts runs this file once, when the index file is new.

-- The index's own bookkeeping: `through`, the last search_queue sequence number
-- whose dataset the index holds; `store`, the catalog this index was built
-- from; `rebuild_suffix` while a rebuild fills a second set of tables.
CREATE TABLE search_state (
  key   TEXT PRIMARY KEY,
  value
);

-- rebuild:begin
CREATE TABLE search_docs (
  doc               INTEGER PRIMARY KEY, -- also the rowid of the dataset's search_fts row
  package_id        TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL,
  title             TEXT NOT NULL DEFAULT '', -- CKAN's title_string: the raw title, for sorting
  state             TEXT NOT NULL,
  private           INTEGER NOT NULL,
  pub               INTEGER NOT NULL, -- 1 when active and public: visible to everyone
  label             TEXT NOT NULL,    -- CKAN's permission label (public, member-{org}, creator-{user})
  type              TEXT NOT NULL,
  owner_org         TEXT,
  license_id        TEXT,
  creator_user_id   TEXT,
  metadata_created  TEXT NOT NULL,
  metadata_modified TEXT NOT NULL,
  url               TEXT,
  version           TEXT,
  num_resources     INTEGER NOT NULL DEFAULT 0,
  num_tags          INTEGER NOT NULL DEFAULT 0,
  has_text          INTEGER NOT NULL DEFAULT 0 -- bit per search_fts column that holds any text (field:*)
);
-- Ordered walks for the default sort and the common ones, per visibility class.
CREATE INDEX search_docs_pub_modified ON search_docs (pub, metadata_modified);
CREATE INDEX search_docs_state_modified ON search_docs (state, metadata_modified);
CREATE INDEX search_docs_pub_created ON search_docs (pub, metadata_created);
CREATE INDEX search_docs_pub_name ON search_docs (pub, name);
CREATE INDEX search_docs_pub_title ON search_docs (pub, title);
CREATE INDEX search_docs_label ON search_docs (label, state, private);
CREATE INDEX search_docs_owner_org ON search_docs (owner_org);

-- Exact string values (tags, groups and organization by id, res_format, license_id,
-- vocab_*, extras, custom fields, ...), stored in dataset order; the value index
-- serves lookups and facet counts. `pub` is copied from search_docs so counts
-- over the datasets everyone sees are one range of that index, with no join.
CREATE TABLE search_terms (
  doc   INTEGER NOT NULL,
  field NOT NULL, -- a small integer for the common fields, else the name (search/term-fields.ts); no affinity
  value TEXT NOT NULL,
  pub   INTEGER NOT NULL,
  PRIMARY KEY (doc, field, value)
) WITHOUT ROWID;
CREATE INDEX search_terms_value ON search_terms (field, pub, value);

-- The usual facet fields again, as small integers: each distinct value once in
-- search_values, each dataset's values in search_facets. Counting the facets
-- of many matches reads this narrow table rather than search_terms.
CREATE TABLE search_values (
  id    INTEGER PRIMARY KEY,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  UNIQUE (field, value)
);
CREATE TABLE search_facets (
  doc   INTEGER NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (doc, value)
) WITHOUT ROWID;

-- How many datasets of each visibility class (state, private, permission
-- label) carry each value of the usual facet fields, kept by every write: the
-- facets of a `*:*` search are sums over the classes the caller may see.
CREATE TABLE search_counts (
  field   TEXT NOT NULL,
  value   TEXT NOT NULL,
  state   TEXT NOT NULL,
  private INTEGER NOT NULL,
  label   TEXT NOT NULL,
  n       INTEGER NOT NULL,
  PRIMARY KEY (field, value, state, private, label)
) WITHOUT ROWID;

-- Free text, weighted like CKAN's qf (name^4 title^4 tags^2 groups^2 text),
-- and `keys`: one opaque token per exact value (search/keys.ts) and for
-- "visible to everyone", so common filters are answered inside FTS5.
CREATE VIRTUAL TABLE search_fts USING fts5 (
  name, title, tags, groups, organization, notes, res_name, res_description,
  author, maintainer, extras, text, keys,
  content = '', contentless_delete = 1,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Tokenised values of dynamic text fields (extras_*, res_extras_*), one row per
-- value; rowid = doc * 10000 + n, so a dataset's rows are one rowid range.
CREATE VIRTUAL TABLE search_field_fts USING fts5 (
  field UNINDEXED, value,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
-- rebuild:end

-- The indexed terms, for wildcard expansion; they name their tables, so they
-- follow a rebuild's swap without being rebuilt.
CREATE VIRTUAL TABLE search_fts_vocab USING fts5vocab (search_fts, 'row');
CREATE VIRTUAL TABLE search_field_fts_vocab USING fts5vocab (search_field_fts, 'row');
