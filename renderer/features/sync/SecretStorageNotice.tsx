/** Warns when remote tokens cannot be encrypted by the OS keyring (desktop only). */
import { useEffect, useState } from 'react'
import { desktopBridge } from '../../lib/transport.ts'

/** The warning, or nothing. */
export function SecretStorageNotice() {
  const [status, setStatus] = useState<{ encrypted: boolean; backend: string } | null>(null)
  useEffect(() => {
    void desktopBridge()?.secretStorageStatus().then(setStatus, () => setStatus(null))
  }, [])
  if (!status || status.encrypted) return null
  return (
    <div className="banner banner-warn" role="status">
      This system offers no keyring ({status.backend}): portal tokens are stored obfuscated in your data folder, not
      encrypted. Anyone who can read your files could use them.
    </div>
  )
}
