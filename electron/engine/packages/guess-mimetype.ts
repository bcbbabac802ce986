/**
 * Mimetype and format guessing from a URL or file name, as CKAN does it with
 * Python's mimetypes.guess_type: only the last path segment's extension
 * counts (a query string spoils it), and compression suffixes such as `.gz`
 * are an encoding, so `data.csv.gz` is `text/csv`.
 */
import mime from 'mime-types'
import { canonicalFormat } from './resource-formats.ts'

const encodings = new Set(['.gz', '.z', '.bz2', '.xz', '.br'])

/** The mimetype Python would guess for a URL or file name, or null. */
export function guessMimetype(url: string): string | null {
  // Python would read a host name's last label as an extension ("example.org" → .org); only the path counts here.
  let rest = url.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:/, '').replace(/^\/\/[^/]*/, '')
  let ext = extensionOf(rest)
  if (encodings.has(ext.toLowerCase())) {
    rest = rest.slice(0, -ext.length)
    ext = extensionOf(rest)
  }
  if (!ext) return null
  return mime.lookup(`file${ext.toLowerCase()}`) || null
}

/**
 * CKAN's if_empty_guess_format: the format name for the URL's guessed
 * mimetype (the mimetype itself when the register has no name for it), or
 * null when nothing can be guessed.
 */
export function guessFormat(url: string): string | null {
  const mimetype = guessMimetype(url)
  return mimetype ? canonicalFormat(mimetype) : null
}

/** posixpath.splitext's extension of the last path segment ("" for none or a leading dot only). */
function extensionOf(path: string): string {
  const segment = path.slice(path.lastIndexOf('/') + 1)
  const dot = segment.lastIndexOf('.')
  if (dot <= 0 || /^\.+$/.test(segment.slice(0, dot + 1))) return ''
  return segment.slice(dot)
}
