/** Reading the browser's errors for a server that cannot be reached (a failed fetch or module import). */

/** True for the errors a browser gives when a module or a request cannot reach the server. */
export function isUnreachable(error: unknown): boolean {
  return /dynamically imported module|Importing a module script failed|Unable to preload|Failed to fetch|NetworkError|Load failed/i.test(messageOf(error))
}

/** The module address a failed dynamic import names (Chromium and Firefox put it at the end of the message). */
export function failedModuleUrl(error: unknown): string | null {
  return /(?:dynamically imported module|module script failed)[^:]*:\s*(\S+\.m?js(?:\?\S*)?)\s*$/i.exec(messageOf(error))?.[1] ?? null
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
