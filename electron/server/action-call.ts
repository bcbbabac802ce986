/**
 * One Action API call once the request's data dict is read, whichever way
 * the request arrived (the Fastify route, or plain-get.ts): the door's
 * limits, uploads joined, CKAN's JSONP anonymity, then the engine.
 */
import type { Caller } from '../engine/engine.ts'
import { envelopeTextOf } from '../engine/envelope-of.ts'
import type { ActionDefinition } from '../engine/define-action.ts'
import type { Door } from './door.ts'
import { checkDataShape } from './limits.ts'
import type { UploadPart } from './upload-part.ts'

/** The call's response; throws (for failureOf) when the data breaks the door's limits. */
export function callWithData(
  door: Door,
  action: ActionDefinition,
  help: string,
  data: Record<string, unknown>,
  uploads: ReadonlyMap<string, UploadPart>,
  callerOfRequest: () => Caller,
): ReturnType<typeof envelopeTextOf> {
  const { engine } = door
  checkDataShape(data, door.limits)
  // Uploaded files join after the rules above, under their field names (CKAN's request.files),
  // for the actions that store files only: elsewhere a temporary path must never become a field.
  if (action.acceptsFiles) for (const [field, upload] of uploads) data[field] = upload
  // Mirrors CKAN: a callback key is dropped and the call runs as anonymous (083).
  const anonymous = Object.hasOwn(data, 'callback')
  if (anonymous) delete data.callback
  const caller = anonymous ? engine.anonymous() : callerOfRequest()
  return envelopeTextOf(help, () => engine.callAsJson(action.name, caller, data))
}
