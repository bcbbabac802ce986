import { describe, expect, it } from 'vitest'
import { planBulkChange, summarizeBulkChange, type OrganizationOutcome } from '../../../../renderer/lib/bulk-change.ts'
import { ActionFailure } from '../../../../shared/envelope.ts'

const titles: Record<string, string> = { parks: 'Parks Department', roads: 'Roads Agency', water: 'Water Board' }
const titleOf = (name: string) => titles[name] ?? name
const refused = () => new ActionFailure({ __type: 'Authorization Error', message: 'Access denied' })

describe('planBulkChange', () => {
  it('groups dataset ids by organization in the order first seen, and sets aside those without one', () => {
    const plan = planBulkChange([
      { id: 'a', organization: 'roads' },
      { id: 'b', organization: 'parks' },
      { id: 'c' },
      { id: 'd', organization: 'roads' },
      { id: 'e', organization: '' },
    ])
    expect([...plan.byOrganization]).toEqual([
      ['roads', ['a', 'd']],
      ['parks', ['b']],
    ])
    expect(plan.unowned).toEqual(['c', 'e'])
  })

  it('plans nothing for nothing', () => {
    const plan = planBulkChange([])
    expect(plan.byOrganization.size).toBe(0)
    expect(plan.unowned).toEqual([])
  })
})

describe('summarizeBulkChange', () => {
  it('counts what changed, as an info toast, and leaves nothing selected', () => {
    const outcomes: OrganizationOutcome[] = [
      { organization: 'parks', ids: ['a', 'b', 'c'], failure: null },
      { organization: 'water', ids: ['d'], failure: null },
    ]
    expect(summarizeBulkChange('private', outcomes, [], titleOf)).toEqual({ text: '4 datasets made private', kind: 'info', unchangedIds: [] })
    expect(summarizeBulkChange('public', outcomes.slice(1), [], titleOf).text).toBe('1 dataset made public')
    expect(summarizeBulkChange('delete', outcomes, [], titleOf).text).toBe('4 datasets deleted')
  })

  it('names every organization that refused by title, and how many had no organization', () => {
    const outcomes: OrganizationOutcome[] = [
      { organization: 'parks', ids: ['a', 'b'], failure: null },
      { organization: 'roads', ids: ['c', 'd'], failure: refused() },
      { organization: 'water', ids: ['e'], failure: refused() },
    ]
    const summary = summarizeBulkChange('private', outcomes, ['f'], titleOf)
    expect(summary.text).toBe(
      '2 datasets made private; 3 datasets not changed: not an admin of Roads Agency, Water Board; 1 dataset skipped: no organization',
    )
    expect(summary.kind).toBe('error')
    expect(summary.unchangedIds).toEqual(['c', 'd', 'e', 'f'])
  })

  it('says when nothing changed at all', () => {
    const summary = summarizeBulkChange('delete', [{ organization: 'roads', ids: ['c'], failure: refused() }], [], titleOf)
    expect(summary.text).toBe('No datasets deleted; 1 dataset not changed: not an admin of Roads Agency')
    expect(summary.unchangedIds).toEqual(['c'])
  })

  it("reports another failure with the engine's own message, the organization's name standing in for an unknown title", () => {
    const broken = new ActionFailure({ __type: 'Internal Server Error', message: 'fetch failed' })
    const summary = summarizeBulkChange('public', [{ organization: 'unknown-org', ids: ['x', 'y'], failure: broken }], [], titleOf)
    expect(summary.text).toBe('No datasets made public; 2 datasets of unknown-org not changed: fetch failed')
    expect(summary).toMatchObject({ kind: 'error', unchangedIds: ['x', 'y'] })
  })
})
