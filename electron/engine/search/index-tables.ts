/**
 * The names of the index tables. Normally the live ones; during a rebuild a
 * second set (suffix `_new`) is being filled, and every dataset write goes to
 * both so the new set misses nothing when it is swapped in.
 */
import type { Sqlite } from '../db/open.ts'
import { readState } from './index-file.ts'

/** The names of one set of index tables. */
export type IndexTables = {
  docs: string
  terms: string
  values: string
  facets: string
  counts: string
  fts: string
  fieldFts: string
}

/** The tables searches read. */
export const liveTables: IndexTables = {
  docs: 'search_docs',
  terms: 'search_terms',
  values: 'search_values',
  facets: 'search_facets',
  counts: 'search_counts',
  fts: 'search_fts',
  fieldFts: 'search_field_fts',
}

/** The search_state key that names the suffix of the tables a rebuild is filling. */
export const rebuildSetting = 'rebuild_suffix'

/** The live tables' names with a suffix. */
export function suffixedTables(suffix: string): IndexTables {
  return {
    docs: `${liveTables.docs}${suffix}`,
    terms: `${liveTables.terms}${suffix}`,
    values: `${liveTables.values}${suffix}`,
    facets: `${liveTables.facets}${suffix}`,
    counts: `${liveTables.counts}${suffix}`,
    fts: `${liveTables.fts}${suffix}`,
    fieldFts: `${liveTables.fieldFts}${suffix}`,
  }
}

/** The tables a running rebuild fills, or null when none runs. */
export function rebuildTables(db: Sqlite): IndexTables | null {
  const suffix = readState(db, rebuildSetting) as string | undefined
  return suffix === undefined ? null : suffixedTables(suffix)
}
