/** Field-level changes as a table: path, value before, value after (push previews, dataset history). */
import { showValue, type FieldChange } from '../lib/diff.ts'

/** One row per changed field. */
export function ChangesTable({ changes }: { changes: FieldChange[] }) {
  return (
    <table className="changes">
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <th scope="row">{change.path}</th>
            <td className="before">{showValue(change.before)}</td>
            <td className="arrow" aria-hidden="true">
              →
            </td>
            <td className="after">{showValue(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
