/**
 * CKAN 2.10's Upload.verify_type (ckan/lib/uploader.py, as fixed for
 * CVE-2025-24372 in 2.10.7): an uploaded image must be one of the allowed
 * mimetypes by its file name, by the type the client declared and by its
 * content, and is stored under the extension its content calls for.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { invalid } from '../errors.ts'
import { guessMimetype } from '../packages/guess-mimetype.ts'
import { sniffBytes, sniffMimetype } from './sniff-mimetype.ts'

/**
 * CKAN 2.10's defaults for ckan.upload.{user,group}.mimetypes and .types
 * (config_declaration.yaml, 2.10.4 on). The site logo uses them too: CKAN
 * declares no ckan.upload.admin.* and from 2.10.7 refuses every logo upload
 * for want of them ("No uploads allowed for object type admin").
 */
const allowedMimetypes = ['image/png', 'image/gif', 'image/jpeg']
const allowedTypes = ['image']

/** Python's mimetypes.guess_extension for the allowed mimetypes. */
const preferredExtensions: Record<string, string> = { 'image/png': '.png', 'image/gif': '.gif', 'image/jpeg': '.jpg' }

/**
 * Checks an upload's declared and actual type; returns the mimetype its
 * content has. Throws 409 {fileField: ["Unsupported upload type: <type>"]}.
 */
export function verifyImageType(fileField: string, upload: { tempPath: string; filename: string; contentType: string }): string {
  // busboy reports a part sent without Content-Type as text/plain, where CKAN's werkzeug sees none
  // (ckanapi and requests send files that way): only a type the client really chose is checked.
  const declaredType = upload.contentType === 'text/plain' ? '' : upload.contentType
  for (const declared of [guessMimetype(upload.filename), declaredType]) {
    if (declared && !allowedMimetypes.includes(declared)) unsupported(fileField, declared)
  }
  const actual = sniffMimetype(readHead(upload.tempPath))
  if (!allowedMimetypes.includes(actual)) unsupported(fileField, actual)
  if (!allowedTypes.includes(actual.split('/')[0])) unsupported(fileField, actual)
  return actual
}

/**
 * The name with the extension the content's mimetype calls for, as CKAN's
 * Path(filename).with_suffix(...) gives it: the text from the last dot on is
 * replaced (in a name CKAN prefixed with a timestamp, a name without an
 * extension loses everything after the seconds' dot).
 */
export function withPreferredExtension(name: string, mimetype: string): string {
  const extension = preferredExtensions[mimetype]
  if (!extension) return name
  const dot = name.lastIndexOf('.')
  const hasSuffix = dot > 0 && dot < name.length - 1
  return (hasSuffix ? name.slice(0, dot) : name) + extension
}

function unsupported(fileField: string, mimetype: string): never {
  invalid(fileField, `Unsupported upload type: ${mimetype}`)
}

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(sniffBytes)
    return buffer.subarray(0, readSync(fd, buffer, 0, sniffBytes, 0))
  } finally {
    closeSync(fd)
  }
}
