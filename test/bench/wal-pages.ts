/**
 * Which b-trees a package_create writes: runs N creates against a copy of a
 * catalog, with no checkpoint in between, then reads the WAL's frame headers
 * and names each frame's page by its b-tree (SQLite's dbstat). Prints WAL
 * frames per commit, by b-tree and page type. Each frame is a page written
 * at commit, two pwrite calls, so this is where a single-dataset write's
 * time goes; it showed the package_tags junction table's 10 pages of 42.
 *
 *   node --import tsx test/bench/wal-pages.ts --data DIR [--creates 400]
 *
 * DIR is a data directory holding an organization `bench-org` and a sysadmin
 * `bench` (a kept `npm run bench` catalog, or one made with `shelfmark load`).
 */
import Database from 'better-sqlite3'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Engine } from '../../electron/engine/engine.ts'
import { generateDataset, seededRandom } from './generate.ts'

const { values } = parseArgs({ options: { data: { type: 'string' }, creates: { type: 'string', default: '400' } } })
if (!values.data) throw new Error('--data DIR is required')
const creates = Number(values.creates)

const dir = mkdtempSync(join(tmpdir(), 'shelfmark-wal-pages-'))
try {
  cpSync(values.data, join(dir, 'data'), { recursive: true })
  const file = join(dir, 'data', 'catalog.sqlite')
  const empty = new Database(file)
  empty.pragma('wal_checkpoint(TRUNCATE)') // start from an empty WAL
  empty.close()
  const engine = Engine.open({ dataDir: join(dir, 'data') })
  const caller = engine.asUser('bench')
  engine.call('package_search', caller, { rows: 0 }) // migrations and the queued index done before counting
  engine.db.pragma('wal_checkpoint(TRUNCATE)')
  engine.db.pragma('wal_autocheckpoint = 0')
  // A reader holding a snapshot from before the creates keeps every frame in the WAL to be counted:
  // no checkpoint (the engine's background one included) may copy past it or restart the WAL.
  const pin = new Database(file, { readonly: true })
  pin.exec('BEGIN')
  pin.prepare('SELECT count(*) FROM packages').get()
  const random = seededRandom(7)
  const records = Array.from({ length: creates }, (_, i) => generateDataset(900_000 + i, 'bench-org', random))
  const started = performance.now()
  for (const record of records) engine.call('package_create', caller, record)
  const msPerCreate = (performance.now() - started) / creates
  const { frames, commits, byPage } = walFrames(readFileSync(`${file}-wal`))
  pin.exec('COMMIT')
  pin.close()
  const btreeOf = new Map<number, string>()
  for (const row of engine.db.prepare('SELECT pageno, name, pagetype FROM dbstat').all() as { pageno: number; name: string; pagetype: string }[]) {
    btreeOf.set(row.pageno, `${row.name} ${row.pagetype}`)
  }
  const byBtree = new Map<string, number>()
  for (const [page, count] of byPage) {
    const name = btreeOf.get(page) ?? 'freelist or other'
    byBtree.set(name, (byBtree.get(name) ?? 0) + count)
  }
  console.log(JSON.stringify({ creates, commits, frames_per_commit: round(frames / commits), ms_per_create: round(msPerCreate) }))
  for (const [name, count] of [...byBtree].sort((a, b) => b[1] - a[1])) {
    if (count / commits >= 0.01) console.log(JSON.stringify({ btree: name, frames_per_commit: round(count / commits) }))
  }
  engine.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}

/** Frames and commits in a WAL file, and how many frames each page had (SQLite's WAL format: 32-byte header, then 24-byte frame headers). */
function walFrames(wal: Buffer): { frames: number; commits: number; byPage: Map<number, number> } {
  const pageSize = wal.readUInt32BE(8)
  const byPage = new Map<number, number>()
  let frames = 0
  let commits = 0
  for (let offset = 32; offset + 24 + pageSize <= wal.length; offset += 24 + pageSize) {
    const page = wal.readUInt32BE(offset)
    frames += 1
    if (wal.readUInt32BE(offset + 4) !== 0) commits += 1 // a commit frame carries the database size
    byPage.set(page, (byPage.get(page) ?? 0) + 1)
  }
  return { frames, commits, byPage }
}

function round(n: number): number {
  return Number(n.toFixed(2))
}
