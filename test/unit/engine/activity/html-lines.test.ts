import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { wrapForHtmlDiff } from '../../../../electron/engine/activity/html-lines.ts'
import { pythonJsonDumps } from '../../../../electron/engine/validate/python-json.ts'

// Real datasets and the lines CKAN's activity_diff gives HtmlDiff for them, as Python 3 wrote them (fixtures/make-html-diff-cases.py).
const { datasets } = JSON.parse(readFileSync(new URL('./fixtures/html-diff-cases.json', import.meta.url), 'utf8')) as {
  datasets: { source: string; before: unknown; after: unknown; a: string[]; b: string[] }[]
}

describe('wrapForHtmlDiff', () => {
  it('wraps json.dumps(indent=2, sort_keys=True) lines as CKAN does before HtmlDiff', () => {
    for (const { before, after, a, b, source } of datasets) {
      const lines = (value: unknown) => wrapForHtmlDiff(pythonJsonDumps(value, { indent: 2, ensureAscii: true }).split('\n'))
      expect(lines(before), source).toEqual(a)
      expect(lines(after), source).toEqual(b)
    }
  })

  it('drops the start of a word longer than 70 characters and empty lines, as Python\'s re.findall does', () => {
    expect(wrapForHtmlDiff(['x'.repeat(75), '', 'a b'])).toEqual(['x'.repeat(70), 'a b'])
  })
})
