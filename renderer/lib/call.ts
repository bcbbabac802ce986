/**
 * The one typed way the renderer talks to the engine (STYLE.md).
 *
 * Components and stores call `call(action, params)`; never the bridge or
 * fetch directly, so desktop and web mode behave alike.
 */
import type { ActionName, Params, Result } from '../../shared/actions.ts'
import { ActionFailure, unwrap, type Envelope, type ErrorBody } from '../../shared/envelope.ts'
import { transport } from './transport.ts'

/** Calls an engine action; resolves to its result or throws ActionFailure. */
export async function call<N extends ActionName>(name: N, params: Params<N>): Promise<Result<N>> {
  const { envelope, status } = await transport()(name, params)
  return unwrap(envelope as Envelope<Result<N>>, status)
}

/** Calls an action that is not (yet) in the typed contract, e.g. another engineer's new action. */
export async function callUntyped<T = unknown>(name: string, params: Record<string, unknown>): Promise<T> {
  const { envelope, status } = await transport()(name, params)
  return unwrap(envelope as Envelope<T>, status)
}

/** Any thrown value as an ActionFailure (network faults become an Internal Server Error body). */
export function asFailure(error: unknown): ActionFailure {
  if (error instanceof ActionFailure) return error
  const message = error instanceof Error ? error.message : String(error)
  return new ActionFailure({ __type: 'Internal Server Error', message })
}

/** The field → messages map of a Validation Error, or {} for other failures. */
export function fieldErrors(failure: ActionFailure | null): Record<string, unknown> {
  if (!failure || failure.error.__type !== 'Validation Error') return {}
  const { __type, ...fields } = failure.error as ErrorBody & Record<string, unknown>
  void __type
  return fields
}

/** A short sentence for a failure, for banners and toasts. */
export function failureText(failure: ActionFailure): string {
  const error = failure.error as ErrorBody & Record<string, unknown>
  if (typeof error.message === 'string') return error.message
  if (error.__type === 'Validation Error') return 'Some fields need attention.'
  return failure.message
}
