/**
 * Reads a multipart/form-data request: text fields in order (for the form
 * rules of request-data.ts) and file parts streamed to temporary files.
 */
import type { FastifyRequest } from 'fastify'
import { ValidationError } from '../engine/errors.ts'
import type { DoorLimits } from './limits.ts'
import { RequestRejected } from './request-rejected.ts'
import { discardUploads, saveUploadPart, type UploadPart } from './upload-part.ts'

/** A multipart body: its text fields, and the uploads by field name (first file per field, as CKAN). */
export type MultipartInput = { fields: [string, string][]; uploads: Map<string, UploadPart> }

/**
 * Consumes every part. On any failure the uploads saved so far are deleted
 * and the error is thrown: too large a file → 409 {"upload": ["File upload
 * too large"]} as CKAN's uploader says; too much text → 413.
 */
export async function readMultipart(
  request: FastifyRequest,
  options: { limits: DoorLimits; uploadDir: string; maxFileBytes: number },
): Promise<MultipartInput> {
  const fields: [string, string][] = []
  const uploads = new Map<string, UploadPart>()
  let textBytes = 0
  try {
    const parts = request.parts({ limits: { fileSize: options.maxFileBytes, fieldSize: options.limits.bodyBytes } })
    for await (const part of parts) {
      if (part.type === 'field') {
        const value = typeof part.value === 'string' ? part.value : JSON.stringify(part.value)
        textBytes += Buffer.byteLength(value) + part.fieldname.length
        if (part.valueTruncated || textBytes > options.limits.bodyBytes) throw tooMuchText(options.limits)
        fields.push([part.fieldname, value])
        continue
      }
      const saved = await saveUploadPart(part.file, options.uploadDir, {
        filename: part.filename,
        contentType: part.mimetype,
      })
      // CKAN's uploaders report size under "upload" whichever field carried the file (image_upload too).
      if (!saved) throw new ValidationError({ upload: ['File upload too large'] })
      if (uploads.has(part.fieldname)) discardUploads([saved])
      else uploads.set(part.fieldname, saved)
    }
  } catch (error) {
    discardUploads(uploads.values())
    throw asRequestError(error, options.limits)
  }
  return { fields, uploads }
}

function tooMuchText(limits: DoorLimits): RequestRejected {
  return new RequestRejected(413, `Request body too large: the limit is ${limits.bodyBytes} bytes`)
}

/** Multipart errors (limits, malformed bodies) carry a statusCode; they become CKAN-style refusals. */
function asRequestError(error: unknown, limits: DoorLimits): unknown {
  if (error instanceof ValidationError || error instanceof RequestRejected) return error
  const code = (error as { code?: string }).code
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new ValidationError({ upload: ['File upload too large'] })
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') return tooMuchText(limits)
  // The client went away mid-body: its fault, and nobody is left to read the answer.
  if (code === 'ERR_STREAM_PREMATURE_CLOSE') return new RequestRejected(400, 'Request body ended early: the connection closed')
  const status = (error as { statusCode?: number }).statusCode
  const message = error instanceof Error ? error.message : String(error)
  if (typeof status === 'number' && status >= 400 && status < 500) return new RequestRejected(status, message)
  // busboy reports malformed multipart bodies as plain errors: the client's fault, not ours.
  if (/multipart|boundary|part terminated|unexpected end/i.test(message)) {
    return new RequestRejected(400, `Malformed multipart body: ${message}`)
  }
  return error
}
