/** The keyboard shortcut list (press ?). */
import { toggleShortcutHelp, useUiStore } from '../../stores/ui.ts'

const shortcuts = [
  ['/ or Ctrl+K', 'Search the catalog'],
  ['N', 'New dataset'],
  ['Ctrl+S', 'Save the dataset being edited'],
  ['↑ ↓ Enter', 'Move through the dataset list and open one'],
  ['Space, Ctrl+click, Shift+click', 'Select datasets in the list (Shift: a range)'],
  ['Ctrl+A, Esc', 'Select every dataset loaded in the list, select none'],
  ['Alt+1 … Alt+4', 'Catalog, organizations, groups, sync'],
  ['Esc', 'Close a dialog'],
  ['?', 'This help'],
]

/** The help dialog. */
export function ShortcutHelp() {
  const open = useUiStore((s) => s.shortcutHelp)
  if (!open) return null
  return (
    <div className="dialog-backdrop" onClick={toggleShortcutHelp}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {shortcuts.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-actions">
          <button type="button" autoFocus onClick={toggleShortcutHelp}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}
