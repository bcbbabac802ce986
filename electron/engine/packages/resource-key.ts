/**
 * How SQL finds a resource row by id. The resources table is keyed on (the
 * id's last 12 characters, id) (migration 0009, time.ts newResourceId), and
 * SQLite uses that index only when a condition names the same expression:
 * without it, a lookup by id would read the whole table.
 */

/** The condition "the resource whose id is @id". */
export const resourceWithId = 'substr(id, 25) = substr(@id, 25) AND id = @id'
