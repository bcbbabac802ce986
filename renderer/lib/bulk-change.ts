/**
 * The pure half of changing many datasets at once: which bulk_update_* call
 * each selected dataset goes into (CKAN's bulk actions take one
 * organization at a time), and the one sentence that sums up how they went.
 */
import type { DatasetSummary } from '../../shared/actions.ts'
import type { ActionFailure } from '../../shared/envelope.ts'
import { failureText } from './call.ts'

/** What a bulk action does: bulk_update_private, bulk_update_public or bulk_update_delete. */
export type BulkChange = 'private' | 'public' | 'delete'

/** The selected datasets by owning organization (its name, which org_id accepts), and those without one. */
export type BulkPlan = { byOrganization: Map<string, string[]>; unowned: string[] }

/** How one organization's call went: null failure when it succeeded. */
export type OrganizationOutcome = { organization: string; ids: string[]; failure: ActionFailure | null }

/** The toast to show, and the datasets left unchanged (they stay selected). */
export type BulkSummary = { text: string; kind: 'info' | 'error'; unchangedIds: string[] }

const pastTense: Record<BulkChange, string> = { private: 'made private', public: 'made public', delete: 'deleted' }

/** Groups datasets by organization, in the order first seen; a dataset without one cannot be changed this way. */
export function planBulkChange(datasets: Iterable<Pick<DatasetSummary, 'id' | 'organization'>>): BulkPlan {
  const byOrganization = new Map<string, string[]>()
  const unowned: string[] = []
  for (const { id, organization } of datasets) {
    if (!organization) unowned.push(id)
    else byOrganization.set(organization, [...(byOrganization.get(organization) ?? []), id])
  }
  return { byOrganization, unowned }
}

/**
 * One sentence for everything that happened, e.g. "4 datasets made private;
 * 2 datasets not changed: not an admin of City Council; 1 dataset skipped: no
 * organization". `titleOf` turns an organization's name into its title.
 */
export function summarizeBulkChange(
  change: BulkChange,
  outcomes: OrganizationOutcome[],
  unowned: string[],
  titleOf: (organization: string) => string,
): BulkSummary {
  const done = outcomes.filter((o) => o.failure === null)
  const refused = outcomes.filter((o) => o.failure?.error.__type === 'Authorization Error')
  const failed = outcomes.filter((o) => o.failure !== null && o.failure.error.__type !== 'Authorization Error')
  const changedCount = sum(done)
  const parts = [changedCount > 0 ? `${datasets(changedCount)} ${pastTense[change]}` : `No datasets ${pastTense[change]}`]
  if (refused.length > 0) parts.push(`${datasets(sum(refused))} not changed: not an admin of ${refused.map((o) => titleOf(o.organization)).join(', ')}`)
  for (const o of failed) parts.push(`${datasets(o.ids.length)} of ${titleOf(o.organization)} not changed: ${failureText(o.failure!)}`)
  if (unowned.length > 0) parts.push(`${datasets(unowned.length)} skipped: no organization`)
  const unchangedIds = [...refused, ...failed].flatMap((o) => o.ids).concat(unowned)
  return { text: parts.join('; '), kind: unchangedIds.length > 0 ? 'error' : 'info', unchangedIds }
}

function sum(outcomes: OrganizationOutcome[]): number {
  return outcomes.reduce((total, o) => total + o.ids.length, 0)
}

function datasets(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'dataset' : 'datasets'}`
}
