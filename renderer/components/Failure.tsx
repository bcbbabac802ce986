/** A banner for a failed call, with CKAN's message. */
import type { ActionFailure } from '../../shared/envelope.ts'
import { failureText } from '../lib/call.ts'

/** Shows a failure (or nothing). */
export function FailureBanner({ failure, prefix }: { failure: ActionFailure | null; prefix?: string }) {
  if (!failure) return null
  return (
    <div className="banner banner-error" role="alert">
      {prefix ? `${prefix}: ` : ''}
      {failureText(failure)}
    </div>
  )
}
