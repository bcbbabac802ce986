/**
 * The kinds of records `dump` and `load` move, as ckanapi names them, with
 * the actions that show, create and update each.
 */
import type { Sqlite } from '../engine/db/open.ts'
import { sql } from '../engine/db/statements.ts'

export type ThingName = 'datasets' | 'organizations' | 'groups'

export type Thing = {
  name: ThingName
  show: string
  create: string
  update: string
  /** Extra show parameters (ckanapi's dump asks for no dataset lists). */
  showParams: Record<string, unknown>
  /** Ids of every active record, sorted by name, for a dump. */
  listIds(db: Sqlite): string[]
  /** The id of the record whose id (or else name) this is, in any state, or undefined. */
  findId(db: Sqlite, ref: string): string | undefined
}

export const things: Record<ThingName, Thing> = {
  datasets: {
    name: 'datasets',
    show: 'package_show',
    create: 'package_create',
    update: 'package_update',
    showParams: {},
    listIds: (db) => column(db, "SELECT id FROM packages WHERE state = 'active' ORDER BY name"),
    findId: (db, ref) =>
      first(db, 'SELECT id FROM packages WHERE id = ?', ref) ?? first(db, 'SELECT id FROM packages WHERE name = ?', ref),
  },
  organizations: groupThing('organizations', 'organization', 1),
  groups: groupThing('groups', 'group', 0),
}

/** The thing named on the command line, or undefined. */
export function thingNamed(name: string | undefined): Thing | undefined {
  return name && Object.hasOwn(things, name) ? things[name as ThingName] : undefined
}

function groupThing(name: ThingName, prefix: string, isOrganization: number): Thing {
  return {
    name,
    show: `${prefix}_show`,
    create: `${prefix}_create`,
    update: `${prefix}_update`,
    showParams: { include_datasets: false, include_users: true },
    listIds: (db) =>
      column(db, `SELECT id FROM groups WHERE state = 'active' AND is_organization = ${isOrganization} ORDER BY name`),
    findId: (db, ref) =>
      first(db, `SELECT id FROM groups WHERE id = ? AND is_organization = ${isOrganization}`, ref) ??
      first(db, `SELECT id FROM groups WHERE name = ? AND is_organization = ${isOrganization}`, ref),
  }
}

function column(db: Sqlite, text: string): string[] {
  return (sql(db, text).all() as { id: string }[]).map((row) => row.id)
}

function first(db: Sqlite, text: string, ref: string): string | undefined {
  return (sql(db, text).get(ref) as { id: string } | undefined)?.id
}
