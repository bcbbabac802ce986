/**
 * Rendered Markdown notes. markdown-it runs with HTML off and only http(s)
 * and mailto links, so inserting its output cannot run script; the CSP would
 * stop inline script anyway. Links open outside the app.
 */
import { useMemo } from 'react'
import { renderNotes } from '../../lib/markdown.ts'

/** The notes as HTML, or a muted placeholder. */
export function NotesView({ notes }: { notes: string | null | undefined }) {
  const html = useMemo(() => renderNotes(notes), [notes])
  if (!html) return <div className="notes notes-empty">No description.</div>
  return <div className="notes" dangerouslySetInnerHTML={{ __html: html }} />
}
