-- The search index reads *_date fields as dates since this version (search/document.ts,
-- as CKAN's index.py does): datasets holding such a field (top level or an extra; any
-- key ending in "date" is taken, which only queues a few more) are queued to be
-- indexed again. The queue catches up before the next search or when idle.
INSERT OR IGNORE INTO search_queue (package_id)
SELECT id FROM packages WHERE instr(unpack_json(data), 'date"') > 0;
