/** The renderer's entry: binds the address bar, picks the transports, mounts the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './features/shell/App.tsx'
import { bindHash } from './lib/hash-binding.ts'
import { desktopUploader } from './lib/upload-desktop.ts'
import { webUploader } from './lib/upload-web.ts'
import { setUploader } from './lib/uploader.ts'
import { desktopBridge } from './lib/transport.ts'

const bridge = desktopBridge()
setUploader(bridge ? desktopUploader(bridge) : webUploader)
bindHash()
document.documentElement.dataset.mode = bridge ? 'desktop' : 'web'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
