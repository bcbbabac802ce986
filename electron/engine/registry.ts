/**
 * The explicit list of actions. Each entity folder exports its own list;
 * a duplicate name is a programming error caught at start-up.
 */
import type { ActionDefinition } from './define-action.ts'
import { activityActions } from './actions/activity/index.ts'
import { followActions } from './actions/follow/index.ts'
import { groupActions } from './actions/group/index.ts'
import { packageActions } from './actions/package/index.ts'
import { relationshipActions } from './actions/relationship/index.ts'
import { resourceActions } from './actions/resource/index.ts'
import { resourceViewActions } from './actions/resource-view/index.ts'
import { searchActions } from './actions/search/index.ts'
import { siteActions } from './actions/site/index.ts'
import { tagActions } from './actions/tag/index.ts'
import { userActions } from './actions/user/index.ts'
import { syncActions } from './actions/sync/index.ts'
import { configActions } from './actions/config/index.ts'
import { jobActions } from './actions/job/index.ts'
import { mailActions } from './actions/mail/index.ts'
import { taskStatusActions } from './actions/task-status/index.ts'
import { termTranslationActions } from './actions/term-translation/index.ts'

/** Builds a name → action map, refusing duplicates. */
export function buildRegistry(lists: ActionDefinition[][]): Map<string, ActionDefinition> {
  const map = new Map<string, ActionDefinition>()
  for (const action of lists.flat()) {
    if (map.has(action.name)) throw new Error(`Action declared twice: ${action.name}`)
    map.set(action.name, action)
  }
  return map
}

export const registry = buildRegistry([
  siteActions,
  userActions,
  groupActions,
  packageActions,
  relationshipActions,
  resourceActions,
  resourceViewActions,
  tagActions,
  activityActions,
  followActions,
  searchActions,
  syncActions,
  configActions,
  taskStatusActions,
  termTranslationActions,
  jobActions,
  mailActions,
])
