/** Small status labels: private, draft, deleted, sync state. */

/** One badge; `tone` picks its colour. */
export function Badge({ tone, children, title }: { tone: 'private' | 'draft' | 'deleted' | 'sync' | 'warn' | 'ok'; children: string; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  )
}

/** The visibility and state badges of a dataset. */
export function DatasetBadges({ dataset }: { dataset: { private?: boolean; state?: string } }) {
  return (
    <>
      {dataset.private && <Badge tone="private">Private</Badge>}
      {dataset.state === 'draft' && <Badge tone="draft">Draft</Badge>}
      {dataset.state === 'deleted' && <Badge tone="deleted">Deleted</Badge>}
    </>
  )
}
