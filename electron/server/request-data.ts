/**
 * CKAN's rules for turning a request into an action's data dict (views/api.py
 * _get_request_data), first matching rule wins:
 * 1. POST form fields (urlencoded or multipart); one field whose value is ""
 *    or "1" has its *name* parsed as JSON (what `curl -d '{...}'` sends);
 * 2. the query string, for side-effect-free actions;
 * 3. the raw body as a JSON object;
 * then uploaded files under their field names. Repeated keys become lists.
 */
import { BadRequest } from '../engine/errors.ts'
import { pythonRepr } from './python-repr.ts'

/** One request, reduced to what the rules read. */
export type RawRequest = {
  method: string
  /** The action is side-effect free (GET allowed, query string read). */
  readOnly: boolean
  /** The query string, without '?'. */
  query: string
  /** Form fields in arrival order, or null when the body is not a form. */
  form: [string, string][] | null
  /** A body that is not a form (JSON expected), or null. */
  body: string | null
}

/** CKAN's text for a GET on an action that changes things (088). */
export const usePostMessage = 'JSON Error: Invalid request. Please use POST method for your request'

/** The data dict for a request; throws BadRequest with CKAN's texts. */
export function requestData(raw: RawRequest): Record<string, unknown> {
  const isGet = raw.method === 'GET' || raw.method === 'HEAD'
  if (!raw.readOnly && isGet) throw new BadRequest(usePostMessage)
  const queryPairs = raw.readOnly && raw.query !== '' ? new URLSearchParams(raw.query) : null
  let data: unknown = {}
  if (!isGet && raw.form && raw.form.length > 0) {
    data = formData(raw.form)
  } else if (queryPairs !== null && queryPairs.size > 0) {
    data = mixed(queryPairs)
  } else if (raw.body !== null && raw.body !== '') {
    data = parseJson(raw.body, 'body')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BadRequest(`JSON Error: Request data JSON decoded to ${pythonRepr(data)} but it needs to be a dictionary.`)
  }
  return data as Record<string, unknown>
}

/** Form fields by CKAN's rule, including the single-field-JSON quirk (085). */
function formData(fields: [string, string][]): unknown {
  const keys = new Set(fields.map(([key]) => key))
  const first = fields[0]
  if (keys.size === 1 && (first[1] === '' || first[1] === '1')) return parseJson(first[0], 'form')
  return mixed(fields)
}

/** werkzeug's MultiDict flattened as CKAN does: one value → string, repeated key → list. */
export function mixed(pairs: Iterable<[string, string]>): Record<string, string | string[]> {
  // Built in place (every GET's data passes here): a Map of lists turned into entries cost several µs.
  const data: Record<string, string | string[]> = {}
  for (const [key, value] of pairs) {
    if (!Object.hasOwn(data, key)) {
      // Defined, not assigned, so a "__proto__" key stays data instead of setting the prototype.
      if (key === '__proto__') Object.defineProperty(data, key, { value, writable: true, enumerable: true, configurable: true })
      else data[key] = value
    } else {
      const values = data[key]
      if (Array.isArray(values)) values.push(value)
      else data[key] = [values, value]
    }
  }
  return data
}

/**
 * JSON.parse with CKAN's error text: a bad body names Werkzeug's BadRequest
 * exactly as 086 does; a bad form-field name names the decoder's error.
 */
function parseJson(text: string, source: 'body' | 'form'): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const repr = source === 'body' ? "<BadRequest '400: Bad Request'>" : `JSONDecodeError(${pythonRepr(detail)})`
    throw new BadRequest(`JSON Error: Error decoding JSON data. Error: ${repr} JSON data extracted from the request: {}`)
  }
}
