/**
 * The door's own refusals of a request it will not hand to the engine (too
 * large, too deep, a foreign Host), shaped as a CKAN error envelope.
 */
import type { ErrorBody } from '../../shared/envelope.ts'
import { ActionError } from '../engine/errors.ts'

/**
 * A 4xx refusal whose body is an Integrity Error: CKAN's kind for request
 * data that is structurally unusable, which is what these requests are.
 */
export class RequestRejected extends ActionError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
  body(): ErrorBody {
    return { __type: 'Integrity Error', message: this.message }
  }
}
