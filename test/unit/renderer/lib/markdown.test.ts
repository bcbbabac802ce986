import { describe, expect, it } from 'vitest'
import { renderNotes } from '../../../../renderer/lib/markdown.ts'

describe('renderNotes', () => {
  it('renders Markdown', () => {
    expect(renderNotes('**bold** and [link](https://example.org/)')).toBe(
      '<p><strong>bold</strong> and <a href="https://example.org/" target="_blank" rel="noopener noreferrer">link</a></p>\n',
    )
  })

  it('shows raw HTML as text: no script, no img with handlers', () => {
    const html = renderNotes('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>')
    expect(html).not.toMatch(/<script|<img/i)
    expect(html).toContain('&lt;script&gt;')
  })

  it('drops javascript:, vbscript:, data: and file: links', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd']) {
      expect(renderNotes(`[x](${url})`)).not.toContain('<a')
    }
  })

  it('keeps mailto and relative links', () => {
    expect(renderNotes('[m](mailto:a@example.org)')).toContain('href="mailto:a@example.org"')
    expect(renderNotes('[r](#/dataset/x)')).toContain('href="#/dataset/x"')
  })

  it('renders nothing for empty notes', () => {
    expect(renderNotes(null)).toBe('')
  })
})
