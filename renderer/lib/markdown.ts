/**
 * Dataset notes rendered as Markdown, safely: raw HTML is not parsed (it
 * shows as text), and markdown-it's link check refuses javascript:, vbscript:,
 * file: and data: (except images) URLs. Links open outside the app.
 */
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false })

/** Only http(s) and mailto links survive; anything else is shown as plain text. */
const safeLink = /^(https?:|mailto:)/i
const defaultValidate = md.validateLink.bind(md)
md.validateLink = (url: string) => defaultValidate(url) && (safeLink.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()))

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('target', '_blank')
  tokens[idx].attrSet('rel', 'noopener noreferrer')
  return defaultLinkOpen(tokens, idx, options, env, self)
}

/** HTML for a dataset's notes; safe to insert (no raw HTML, no script URLs). */
export function renderNotes(notes: string | null | undefined): string {
  return notes ? md.render(notes) : ''
}
