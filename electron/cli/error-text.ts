/** How the CLI prints an error in one line. */
import { describeError, type ErrorBody } from '../../shared/envelope.ts'
import { ActionError, BadRequest } from '../engine/errors.ts'

/** A one-line reading of an error: CKAN errors by their body, others by their message. */
export function errorText(error: unknown): string {
  if (error instanceof ActionError) return describeError(error.body() as ErrorBody)
  if (error instanceof BadRequest) return error.message
  if (error instanceof Error) return error.message
  return String(error)
}
