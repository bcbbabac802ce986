/**
 * The mimetype of a file's first bytes, as CKAN's image uploader learns it
 * from libmagic (magic.from_buffer(..., mime=True)). Only the answers that
 * decide an image upload are worth matching: the image formats by their
 * signatures, and libmagic's names for what is not an image (text, HTML,
 * SVG, JSON, PDF, archives), which CKAN puts in its error message.
 */

/** How many leading bytes CKAN 2.10 hands libmagic (2 KB, enough for xlsx). */
export const sniffBytes = 2048

type Signature = { mimetype: string; matches: (bytes: Buffer) => boolean }

const startsWith = (prefix: number[] | string) => (bytes: Buffer) => {
  const head = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : Buffer.from(prefix)
  return bytes.length >= head.length && bytes.subarray(0, head.length).equals(head)
}

const signatures: Signature[] = [
  { mimetype: 'image/png', matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mimetype: 'image/gif', matches: (b) => startsWith('GIF87a')(b) || startsWith('GIF89a')(b) },
  { mimetype: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  { mimetype: 'image/webp', matches: (b) => startsWith('RIFF')(b) && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { mimetype: 'image/tiff', matches: (b) => startsWith('II*\0')(b) || startsWith('MM\0*')(b) },
  { mimetype: 'image/vnd.microsoft.icon', matches: startsWith([0x00, 0x00, 0x01, 0x00]) },
  { mimetype: 'image/bmp', matches: (b) => startsWith('BM')(b) && b.length >= 26 },
  { mimetype: 'application/pdf', matches: startsWith('%PDF-') },
  { mimetype: 'application/zip', matches: startsWith('PK\x03\x04') },
  { mimetype: 'application/gzip', matches: startsWith([0x1f, 0x8b]) },
]

/** libmagic's mimetype for a file starting with `bytes` (at most sniffBytes of them). */
export function sniffMimetype(bytes: Buffer): string {
  if (bytes.length === 0) return 'application/x-empty'
  const known = signatures.find((signature) => signature.matches(bytes))
  if (known) return known.mimetype
  const text = asText(bytes)
  return text === null ? 'application/octet-stream' : textMimetype(text)
}

/** The bytes as text when libmagic would call them text: valid UTF-8 (a cut last character allowed), no NUL or stray controls. */
function asText(bytes: Buffer): string | null {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  const body = text.endsWith('\uFFFD') ? text.slice(0, -1) : text
  if (body.includes('\uFFFD')) return null
  return /[\x00-\x06\x0e-\x1a\x1c-\x1f\x7f]/.test(body) ? null : body
}

/** Which kind of text: libmagic looks for markup and JSON before settling for plain text. */
function textMimetype(text: string): string {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase()
  if (/<svg[\s>]/.test(head) && (head.startsWith('<svg') || head.startsWith('<?xml') || head.startsWith('<!doctype svg'))) {
    return 'image/svg+xml'
  }
  if (head.startsWith('<?xml')) return 'text/xml'
  if (/^<(!doctype html|html|head|body|script|title|iframe|h1|div|p)[\s>]/.test(head)) return 'text/html'
  if (/^[[{]/.test(head) && isJson(text)) return 'application/json'
  return 'text/plain'
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
