/**
 * One dataset: header with save, then tabs for its metadata (the editor),
 * its resources and its history. Also the screen for a new dataset.
 */
import { useEffect, useRef, useState } from 'react'
import { DatasetBadges } from '../../components/Badge.tsx'
import { FailureBanner } from '../../components/Failure.tsx'
import { isDirty, loadDataset, startNewDataset, useDraftStore } from '../../stores/draft.ts'
import { ensureReference } from '../../stores/reference.ts'
import { addGuard, navigate } from '../../stores/route.ts'
import { useUiStore } from '../../stores/ui.ts'
import { ResourcesPanel } from '../resources/ResourcesPanel.tsx'
import { ActivityHistory } from './ActivityHistory.tsx'
import { DatasetEditor } from './DatasetEditor.tsx'
import { DeleteDatasetButton } from './DeleteDatasetButton.tsx'
import { useFileDrop } from '../resources/use-file-drop.ts'
import { saveDataset as save } from './save-dataset.ts'
import { SaveConflictNotice, SaveFailureNotice } from './SaveProblems.tsx'
import { TabStrip } from '../../components/TabStrip.tsx'

type Tab = 'metadata' | 'resources' | 'history'

/** The dataset screen; `id` null means a new dataset. */
export function DatasetScreen({ id }: { id: string | null }) {
  const original = useDraftStore((s) => s.original)
  const loading = useDraftStore((s) => s.loading)
  const failure = useDraftStore((s) => s.failure)
  const saving = useDraftStore((s) => s.saving)
  const title = useDraftStore((s) => s.draft.title)
  const dirty = useDraftStore(isDirty)
  const [tab, setTab] = useState<Tab>('metadata')
  const { dropProps, dragging } = useFileDrop(original?.id ?? null, () => setTab('resources'))

  useEffect(() => {
    if (id) void loadDataset(id)
    else startNewDataset()
    void ensureReference()
  }, [id])
  useEffect(() => addGuard(() => isDirty()), [])
  useEffect(() => {
    const onUnload = (event: BeforeUnloadEvent) => {
      if (isDirty()) event.preventDefault()
    }
    window.addEventListener('beforeunload', onUnload)
    return () => window.removeEventListener('beforeunload', onUnload)
  }, [])
  useSaveShortcut()

  if (loading) return <div className="splash">Loading…</div>
  if (id && !original) return <FailureBanner failure={failure} prefix="Could not open this dataset" />
  return (
    <div className={`dataset-screen${dragging ? ' dragging' : ''}`} {...dropProps}>
      <header className="screen-header">
        <div>
          <a href="#/" className="back" onClick={(e) => (e.preventDefault(), navigate('/'))}>
            ← Catalog
          </a>
          <h1>
            {title || original?.name || 'New dataset'} {original && <DatasetBadges dataset={original} />}
          </h1>
          {original?.organization && <div className="subtitle">{original.organization.title || original.organization.name}</div>}
        </div>
        <div className="header-actions">
          {dirty && <span className="unsaved">Unsaved changes</span>}
          <button type="button" className="primary" onClick={() => void save()} disabled={saving || (!dirty && !!original)} title="Save (Ctrl+S)">
            {saving ? 'Saving…' : original ? 'Save' : 'Create dataset'}
          </button>
          {original && <DeleteDatasetButton id={original.id} />}
        </div>
      </header>
      <SaveFailureNotice />
      <SaveConflictNotice />
      <TabStrip<Tab>
        className="tabs"
        label="Dataset"
        selected={tab}
        onSelect={setTab}
        items={[
          { key: 'metadata', label: 'Metadata' },
          { key: 'resources', label: `Resources (${original?.num_resources ?? 0})`, disabled: !original },
          { key: 'history', label: 'History', disabled: !original },
        ]}
      />
      {dragging && <div className="drop-hint">Drop files to add them as resources</div>}
      <div role="tabpanel" className="tab-panel">
        {tab === 'metadata' && <DatasetEditor />}
        {tab === 'resources' && original && <ResourcesPanel dataset={original} />}
        {tab === 'history' && original && <ActivityHistory datasetId={original.id} />}
      </div>
    </div>
  )
}

/** Ctrl+S (or the menu's Save) saves this screen's draft. */
function useSaveShortcut(): void {
  const requests = useUiStore((s) => s.saveRequests)
  const seen = useRef(requests)
  useEffect(() => {
    if (requests === seen.current) return
    seen.current = requests
    if (!useDraftStore.getState().saving) void save()
  }, [requests])
}
