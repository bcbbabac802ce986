/**
 * Every CLI command, in the order `shelfmark help` lists them. To add one,
 * write commands/<name>.ts exporting a Command and list it here.
 */
import type { Command } from '../command.ts'
import { conflicts } from './conflicts.ts'
import { dump } from './dump.ts'
import { load } from './load.ts'
import { searchIndex } from './search-index.ts'
import { serve } from './serve.ts'
import { start } from './start.ts'
import { sysadmin } from './sysadmin.ts'
import { token } from './token.ts'
import { pull } from './pull.ts'
import { push } from './push.ts'
import { remote } from './remote.ts'
import { resolve } from './resolve.ts'
import { status } from './status.ts'

export const commands: Command[] = [start, serve, sysadmin, token, dump, load, searchIndex, remote, pull, push, status, conflicts, resolve]
