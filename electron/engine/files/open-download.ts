/**
 * What GET /dataset/{id}/resource/{resource_id}/download answers, decided
 * as CKAN's views/resource.py download does: resource_show and package_show
 * as the caller (so a private dataset's files follow its visibility), then
 * the stored file for an upload, or a redirect to the url for a link.
 */
import { closeSync, fstatSync, openSync, readdirSync } from 'node:fs'
import type { Caller, Engine } from '../engine.ts'
import { NotFound } from '../errors.ts'
import { isSafeStoredName, resourceDir, resourceFilePath } from './store-paths.ts'

/** An open stored file (the caller closes `fd`, or streams it with autoClose), or a link to redirect to. */
export type DownloadSource =
  | { kind: 'file'; fd: number; size: number; name: string; mimetype: string | null; hash: string; mtime: Date }
  | { kind: 'link'; url: string }

type ResourceDict = { id: string; package_id: string; url?: unknown; url_type?: unknown; mimetype?: unknown; hash?: unknown }

/**
 * The download for resource `resourceId` of dataset `datasetId` (id or
 * name). Throws the actions' NotFound / NotAuthorized, or NotFound when the
 * resource is not in that dataset or has nothing to download.
 */
export function openDownload(engine: Engine, caller: Caller, datasetId: string, resourceId: string): DownloadSource {
  const resource = engine.call('resource_show', caller, { id: resourceId }) as ResourceDict
  const dataset = engine.call('package_show', caller, { id: datasetId }) as { id: string }
  if (resource.package_id !== dataset.id) throw new NotFound('Resource was not found.')
  if (resource.url_type !== 'upload') return linkOf(resource)
  const { fd, name } = openStoredFile(engine.dataDir, resource)
  const stat = fstatSync(fd)
  if (!stat.isFile()) {
    closeSync(fd)
    throw noDownload()
  }
  return {
    kind: 'file',
    fd,
    size: stat.size,
    name,
    mimetype: typeof resource.mimetype === 'string' && resource.mimetype !== '' ? resource.mimetype : null,
    hash: typeof resource.hash === 'string' ? resource.hash : '',
    mtime: stat.mtime,
  }
}

/**
 * Opens the stored file: the name the url ends with, else the one file in
 * the resource's folder (an url edited by hand). Opening first and reading
 * the size from the descriptor keeps a concurrent replacement from mixing
 * one file's length with another's bytes.
 */
function openStoredFile(dataDir: string | null, resource: ResourceDict): { fd: number; name: string } {
  if (!dataDir) throw noDownload()
  const url = typeof resource.url === 'string' ? resource.url : ''
  const names = [lastSegment(url), ...entriesOf(resourceDir(dataDir, resource.id))]
  for (const name of names) {
    const path = isSafeStoredName(name) ? resourceFilePath(dataDir, resource.id, name) : null
    if (!path) continue
    try {
      return { fd: openSync(path, 'r'), name }
    } catch {
      continue
    }
  }
  throw noDownload()
}

/** True when an uploaded resource's file is on this disk, found as a download finds it. */
export function hasStoredFile(dataDir: string | null, resource: ResourceDict): boolean {
  try {
    closeSync(openStoredFile(dataDir, resource).fd)
    return true
  } catch {
    return false
  }
}

/** A link resource redirects to its url when that is a web address; anything else has nothing to download. */
function linkOf(resource: ResourceDict): DownloadSource {
  const url = typeof resource.url === 'string' ? resource.url.trim() : ''
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw noDownload()
  }
  if (!linkProtocols.has(parsed.protocol)) throw noDownload()
  // href is percent-encoded ASCII: safe in a Location header whatever the url held.
  return { kind: 'link', url: parsed.href }
}

const linkProtocols = new Set(['http:', 'https:', 'ftp:', 'ftps:'])

function lastSegment(url: string): string {
  const path = url.split(/[?#]/)[0]
  const segment = path.slice(path.lastIndexOf('/') + 1)
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function entriesOf(dir: string | null): string[] {
  if (!dir) return []
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** CKAN's text when a resource has nothing to serve. */
function noDownload(): NotFound {
  return new NotFound('No download is available')
}
