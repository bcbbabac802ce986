/**
 * The application menu. Commands that act on the page (new dataset, save,
 * search, screens) are sent to it as named commands; the page decides.
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'

/** Builds and installs the menu for `getWindow()`'s page. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (command: string) => () => getWindow()?.webContents.send('shelfmark:menu', command)
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Dataset', accelerator: 'CmdOrCtrl+N', click: send('new-dataset') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: send('save') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        { label: 'Search', accelerator: 'CmdOrCtrl+K', click: send('search') },
        { label: 'Catalog', accelerator: 'Alt+1', click: send('go:/') },
        { label: 'Organizations', accelerator: 'Alt+2', click: send('go:/organizations') },
        { label: 'Groups', accelerator: 'Alt+3', click: send('go:/groups') },
        { label: 'Remotes & Sync', accelerator: 'Alt+4', click: send('go:/sync') },
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Keyboard Shortcuts', accelerator: 'Shift+/', click: send('shortcuts') }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
