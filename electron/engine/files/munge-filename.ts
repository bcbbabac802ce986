/**
 * CKAN's munge_filename (ckan/lib/munge.py, 2.9+): the name an uploaded file
 * is stored and served under. Any path is dropped, the name is lower-cased,
 * Latin-1 letters become ASCII, everything but [a-z0-9_. -] is removed,
 * spaces become dashes, and the length is kept within 3..100 characters with
 * the extension (≤ 21 characters) preserved. The result never contains a
 * path separator or NUL and is never "." or "..". storedFileName adds what
 * CKAN (on Linux) never needed: no all-dot names, no Windows device names.
 */

const maxExtensionLength = 21
const maxTotalLength = 100
const minTotalLength = 3

/** The file name CKAN would store an upload called `filename` under. */
export function mungeFilename(filename: string): string {
  // Mirrors os.path.split on POSIX: only "/" separates; a Windows "\" is removed below like any other character.
  let name = filename.slice(filename.lastIndexOf('/') + 1)
  name = substituteAsciiEquivalents(name.toLowerCase().trim())
  name = name.replace(/[^a-zA-Z0-9_. -]/g, '').replace(/ /g, '-').replace(/-+/g, '-')
  const [stem, fullExtension] = splitExtension(name)
  const extension = fullExtension.slice(0, maxExtensionLength)
  const padded = padOrCut(stem, Math.max(1, minTotalLength - extension.length), maxTotalLength - extension.length)
  return padded + extension
}

/**
 * The name an upload is stored and served under: CKAN's munged name, with
 * "_" in front when Windows would read it as a device ("nul.txt", "com1")
 * and dots turned to "_" when nothing else is left ("...."), so the same
 * catalog is safe to open on every desktop platform.
 */
export function storedFileName(filename: string): string {
  const name = mungeFilename(filename)
  if (/^\.+$/.test(name)) return name.replace(/\./g, '_')
  return isWindowsDeviceName(name) ? `_${name}`.slice(0, maxTotalLength) : name
}

/**
 * CKAN's munge_filename_legacy, which its image uploader still uses: no path
 * dropping, no lower-casing; Latin-1 letters become ASCII, everything but
 * [a-zA-Z0-9.- ] is removed, spaces become dashes, padded with "_" to 3
 * characters and cut at 100 (an extension cut off is lost).
 */
export function mungeFilenameLegacy(filename: string): string {
  const name = substituteAsciiEquivalents(filename).trim()
  return padOrCut(name.replace(/[^a-zA-Z0-9.\- ]/g, '').replace(/ /g, '-'), minTotalLength, maxTotalLength)
}

/** True for CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without an extension (any case). */
export function isWindowsDeviceName(name: string): boolean {
  return /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(name)
}

/** Python's os.path.splitext: leading dots belong to the stem (".csv" has no extension). */
function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return [name, '']
  if (/^\.+$/.test(name.slice(0, dot))) return [name, '']
  return [name.slice(0, dot), name.slice(dot)]
}

/** CKAN's _munge_to_length: pad with "_" up to `min`, cut at `max`. */
function padOrCut(text: string, min: number, max: number): string {
  const padded = text.length < min ? text + '_'.repeat(min - text.length) : text
  return padded.length > max ? padded.slice(0, max) : padded
}

const latin1: Record<number, string> = {
  0xc0: 'A', 0xc1: 'A', 0xc2: 'A', 0xc3: 'A', 0xc4: 'A', 0xc5: 'A', 0xc6: 'Ae', 0xc7: 'C',
  0xc8: 'E', 0xc9: 'E', 0xca: 'E', 0xcb: 'E', 0xcc: 'I', 0xcd: 'I', 0xce: 'I', 0xcf: 'I',
  0xd0: 'Th', 0xd1: 'N', 0xd2: 'O', 0xd3: 'O', 0xd4: 'O', 0xd5: 'O', 0xd6: 'O', 0xd8: 'O',
  0xd9: 'U', 0xda: 'U', 0xdb: 'U', 0xdc: 'U', 0xdd: 'Y', 0xde: 'th', 0xdf: 'ss',
  0xe0: 'a', 0xe1: 'a', 0xe2: 'a', 0xe3: 'a', 0xe4: 'a', 0xe5: 'a', 0xe6: 'ae', 0xe7: 'c',
  0xe8: 'e', 0xe9: 'e', 0xea: 'e', 0xeb: 'e', 0xec: 'i', 0xed: 'i', 0xee: 'i', 0xef: 'i',
  0xf0: 'th', 0xf1: 'n', 0xf2: 'o', 0xf3: 'o', 0xf4: 'o', 0xf5: 'o', 0xf6: 'o', 0xf8: 'o',
  0xf9: 'u', 0xfa: 'u', 0xfb: 'u', 0xfc: 'u', 0xfd: 'y', 0xfe: 'th', 0xff: 'y',
}

/** CKAN's substitute_ascii_equivalents: Latin-1 letters to ASCII, other non-ASCII dropped. */
function substituteAsciiEquivalents(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code < 0x80) out += char
    else if (latin1[code]) out += latin1[code]
  }
  return out
}
