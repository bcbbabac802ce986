/**
 * Python's repr() of a string. CKAN formats search errors with `%r`, so its
 * messages quote the detail as Python would: 'text', or "text" when the text
 * holds a single quote and no double quote.
 */

/** The string as Python's repr() prints it. */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  let body = ''
  for (const char of text) {
    if (char === '\\') body += '\\\\'
    else if (char === quote) body += `\\${quote}`
    else if (char === '\n') body += '\\n'
    else if (char === '\r') body += '\\r'
    else if (char === '\t') body += '\\t'
    else if (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f) body += `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`
    else body += char
  }
  return quote + body + quote
}

/** A list of strings as Python prints it: ['a', 'b']. */
export function pyListRepr(items: string[]): string {
  return `[${items.map(pyRepr).join(', ')}]`
}
