/**
 * A context for engine-owned writes made outside any action (creating the
 * site user, `shelfmark sysadmin add`): anonymous, and unable to call actions.
 */
import type { Context } from '../context.ts'
import type { Engine } from '../engine.ts'

/** The context such writes pass to validators and activity recording; run it inside a transaction. */
export function systemContext(engine: Pick<Engine, 'db' | 'config' | 'dataDir'>): Context {
  const refuse = (): never => {
    throw new Error('a system context cannot call actions')
  }
  return {
    db: engine.db,
    user: null,
    config: engine.config,
    dataDir: engine.dataDir,
    call: refuse,
    callIgnoringAuth: refuse,
    afterCommit: (task) => task(), // such writes commit as soon as they return
  }
}
