/**
 * App-wide keys: / or Ctrl+K search, N new dataset, Ctrl+S save, Alt+1..4
 * screens, ? help, Escape closes dialogs. Desktop menu commands arrive here too.
 */
import { useEffect } from 'react'
import { focusWhenShown } from '../../lib/focus-when-shown.ts'
import { desktopBridge } from '../../lib/transport.ts'
import { navigate, useRouteStore } from '../../stores/route.ts'
import { useUiStore, toggleShortcutHelp, requestSearchFocus, requestSave } from '../../stores/ui.ts'

const screens = ['/', '/organizations', '/groups', '/sync']

/** Installs the shortcuts while `enabled`. */
export function useGlobalShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => handleKey(event)
    window.addEventListener('keydown', onKey)
    const stopMenu = desktopBridge()?.onMenuCommand(runCommand)
    return () => {
      window.removeEventListener('keydown', onKey)
      stopMenu?.()
    }
  }, [enabled])
}

/** Runs a named command (from a key or the desktop menu). */
export function runCommand(command: string): void {
  if (command === 'search') {
    if (useRouteStore.getState().route.screen !== 'catalog') navigate('/')
    requestSearchFocus()
  } else if (command === 'new-dataset') {
    // A new dataset starts with its title: the keyboard lands there, not on <body> nine Tabs away.
    const title = '[data-field="title"] input'
    if (useRouteStore.getState().route.screen === 'dataset-new') return document.querySelector<HTMLElement>(title)?.focus()
    focusWhenShown(title, () => useRouteStore.getState().route.screen === 'dataset-new')
    navigate('/dataset/new')
  } else if (command === 'save') requestSave()
  else if (command === 'shortcuts') toggleShortcutHelp()
  else if (command.startsWith('go:')) navigate(command.slice(3))
}

function handleKey(event: KeyboardEvent): void {
  const mod = event.ctrlKey || event.metaKey
  const typing = isTyping(event.target)
  if (mod && !event.altKey && event.key.toLowerCase() === 's') {
    event.preventDefault() // the browser's "save page" is never what the user means here
    runCommand('save')
  } else if (mod && event.key.toLowerCase() === 'k') {
    event.preventDefault()
    runCommand('search')
  } else if (event.altKey && !mod && /^[1-4]$/.test(event.key)) {
    event.preventDefault()
    runCommand(`go:${screens[Number(event.key) - 1]}`)
  } else if (event.key === 'Escape' && useUiStore.getState().shortcutHelp) {
    toggleShortcutHelp()
  } else if (!typing && !mod && !event.altKey) {
    if (event.key === '/') {
      event.preventDefault()
      runCommand('search')
    } else if (event.key === 'n' || event.key === 'N') {
      event.preventDefault()
      runCommand('new-dataset')
    } else if (event.key === '?') {
      runCommand('shortcuts')
    }
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}
