/**
 * Resource files for offline use (pull --files): uploaded resources of the
 * pulled datasets are downloaded into the FileStore (`files/<resource
 * id>/<name>`) until the size budget is spent. Files already present with
 * the recorded size are skipped, so an interrupted pull resumes cheaply.
 */
import { existsSync, statSync } from 'node:fs'
import { resourceFilePath } from '../engine/files/store-paths.ts'
import type { JobContext } from './jobs/runner.ts'
import { linkByRemoteId, linkParts, type FileMark } from './links.ts'
import { isDict, uploadFileName, type Dict } from './normalize.ts'
import { RemoteError } from './http.ts'

export type FilesSummary = {
  downloaded: number
  skipped: number
  over_budget: number
  failed: number
  bytes: number
  /** Why downloads failed, the first `reasonsKept` of them: a count alone leaves the user guessing. */
  failures?: { dataset: string; url: string; error: string }[]
}

const reasonsKept = 20

/** Default budget for one pull's downloads: 1 GiB. */
export const defaultFileBudget = 1024 ** 3

/** Downloads the uploaded files of `datasets` (remote dicts) within the budget. */
export async function pullFiles(ctx: JobContext, datasets: Dict[], budget: number): Promise<FilesSummary> {
  const summary: FilesSummary = { downloaded: 0, skipped: 0, over_budget: 0, failed: 0, bytes: 0 }
  const dataDir = ctx.engine.dataDir
  if (!dataDir) return summary
  const wanted = datasets.flatMap((dataset) =>
    (Array.isArray(dataset.resources) ? dataset.resources : [])
      .filter((r): r is Dict => isDict(r) && r.url_type === 'upload' && typeof r.url === 'string' && typeof r.id === 'string')
      .map((resource) => ({ dataset, resource })),
  )
  ctx.progress.phase('files', wanted.length)
  for (const { dataset, resource } of wanted) {
    const link = linkByRemoteId(ctx.engine.db, ctx.remote.id, String(dataset.id))
    const name = uploadFileName(String(resource.url))
    const path = link ? resourceFilePath(dataDir, String(resource.id), name) : null
    const known = link ? linkParts(link).files[String(resource.id)] : undefined
    if (!link || !path) summary.skipped++
    else if (known && existsSync(path) && statSync(path).size === known.size && known.name === name) summary.skipped++
    else if (typeof resource.size === 'number' && summary.bytes + resource.size > budget) summary.over_budget++
    else await fetchOne(ctx, link.package_id, String(dataset.name), String(resource.id), String(resource.url), path, name, budget, summary)
    ctx.progress.advance()
  }
  return summary
}

async function fetchOne(
  ctx: JobContext,
  packageId: string,
  datasetName: string,
  resourceId: string,
  url: string,
  path: string,
  name: string,
  budget: number,
  summary: FilesSummary,
): Promise<void> {
  try {
    const result = await ctx.client.download(url, path, {
      maxBytes: budget - summary.bytes,
      onProgress: (bytes) => ctx.progress.bytes(bytes, null),
    })
    summary.downloaded++
    summary.bytes += result.bytes
    const mark: FileMark = { name, size: result.bytes, mtimeMs: statSync(path).mtimeMs, sha256: result.sha256 }
    ctx.engine.call('shelfmark_sync_record_files', ctx.caller, { remote: ctx.remote.name, package_id: packageId, files: { [resourceId]: mark } })
  } catch (error) {
    if (error instanceof RemoteError && error.kind === 'budget') summary.over_budget++
    else if (error instanceof RemoteError && error.kind === 'aborted') throw error
    else {
      summary.failed++
      if ((summary.failures ??= []).length < reasonsKept) summary.failures.push({ dataset: datasetName, url, error: failureReason(ctx, url, error) })
    }
  }
}

/**
 * The error, and where the file lives when that is not the remote's own
 * origin: CKAN builds upload URLs from its ckan.site_url, which often names
 * another host than the one the user typed (www., http behind https), and
 * the token is never sent there, so private files fail to download.
 */
function failureReason(ctx: JobContext, url: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  let origin: string | null = null
  try {
    origin = new URL(url, `${ctx.client.baseUrl}/`).origin
  } catch {
    return message
  }
  return origin === ctx.client.origin ? message : `${message} (the file is on ${origin}, not ${ctx.client.origin}: the token is not sent there)`
}
