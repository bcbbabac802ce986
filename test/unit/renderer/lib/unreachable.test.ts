import { describe, expect, it } from 'vitest'
import { failedModuleUrl, isUnreachable } from '../../../../renderer/lib/unreachable.ts'

describe('failedModuleUrl', () => {
  it('reads the chunk address from the browsers\' failed-import messages', () => {
    const chromium = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:5000/assets/SyncScreen-DVyQeuaW.js')
    expect(failedModuleUrl(chromium)).toBe('http://127.0.0.1:5000/assets/SyncScreen-DVyQeuaW.js')
    const firefox = new TypeError('error loading dynamically imported module: app://shelfmark/assets/GroupScreen-BTtH4E8O.js')
    expect(failedModuleUrl(firefox)).toBe('app://shelfmark/assets/GroupScreen-BTtH4E8O.js')
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://h/assets/A.js?retry=2'))).toBe('http://h/assets/A.js?retry=2')
    expect(isUnreachable(chromium)).toBe(true)
  })

  it('finds none where the message names no script (Safari; a stylesheet the preload could not load)', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull()
    expect(failedModuleUrl(new Error('Unable to preload CSS for /assets/SyncScreen-C9YLuYqp.css'))).toBeNull()
    expect(failedModuleUrl('nothing')).toBeNull()
  })
})
