-- Which datasets carry a tag is read from the search index (search/tag-datasets.ts),
-- which holds every dataset's tags as exact terms already; the junction table cost
-- a b-tree write per tag on every dataset write. Tag rows stay: tag ids and
-- vocabularies live there.
DROP TABLE package_tags;
