/**
 * The view plugins Shelfmark behaves as having loaded: those CKAN 2.10 ships
 * in ckanext/ that need neither the DataStore nor the resource proxy
 * (image_view, text_view, webpage_view, video_view, audio_view). Each has
 * its plugin's name, titles, extra fields (validated as its info()'s schema)
 * and can_view test, with the formats CKAN's config declarations default to.
 */
import type { Context } from '../context.ts'
import type { Validator } from '../validate/navl.ts'
import { ignoreEmpty, unicodeSafe } from '../validate/validators.ts'

/** What a view plugin's info() and can_view() tell CKAN. */
export type ViewPlugin = {
  name: string
  title: string
  /** The title a default view gets. */
  defaultTitle: string
  /** The plugin's own fields, kept in the view's config. */
  schema: Record<string, Validator[]>
  /** Whether a default view of this type suits the resource. */
  canView(ctx: Context, resource: Record<string, unknown>): boolean
}

const urlField: Validator[] = [ignoreEmpty, unicodeSafe]

// Mirrors the config declarations' defaults: ckan.preview.image_formats, .audio_formats, .video_formats, .text_formats, .xml_formats, .json_formats, .jsonp_formats.
const imageFormats = ['png', 'jpeg', 'jpg', 'gif']
const audioFormats = ['wav', 'ogg', 'mp3']
const videoFormats = ['mp4', 'ogg', 'webm']
const jsonpFormats = ['jsonp']
const plainTextFormats = ['text/plain', 'txt', 'plain', 'xml', 'rdf', 'rdf+xml', 'owl+xml', 'atom', 'rss', 'json']

/** resource.get('format', '').lower(), with a missing or non-text format read as ''. */
function formatOf(resource: Record<string, unknown>): string {
  return typeof resource.format === 'string' ? resource.format.toLowerCase() : ''
}

const plugins: ViewPlugin[] = [
  {
    name: 'image_view',
    title: 'Image',
    defaultTitle: 'Image',
    schema: { image_url: urlField },
    canView: (_ctx, resource) => imageFormats.includes(formatOf(resource)),
  },
  {
    name: 'text_view',
    title: 'Text',
    defaultTitle: 'Text',
    schema: {},
    // Mirrors text_view: JSONP always; other text formats only from the site's own domain (no resource_proxy here).
    canView(ctx, resource) {
      const format = formatOf(resource)
      if (jsonpFormats.includes(format)) return true
      return plainTextFormats.includes(format) && onSameDomain(ctx.config.siteUrl, resource.url)
    },
  },
  {
    name: 'webpage_view',
    title: 'Website',
    defaultTitle: 'Website',
    schema: { page_url: urlField },
    canView(_ctx, resource) {
      const url = typeof resource.url === 'string' ? resource.url : ''
      return ['html', 'htm'].includes(formatOf(resource)) || ['html', 'htm'].includes(url.split('.').pop() ?? '')
    },
  },
  {
    name: 'video_view',
    title: 'Video',
    defaultTitle: 'Video',
    schema: { poster_url: urlField, video_url: urlField },
    canView: (_ctx, resource) => videoFormats.includes(formatOf(resource)),
  },
  {
    name: 'audio_view',
    title: 'Audio',
    defaultTitle: 'Audio',
    schema: { audio_url: urlField },
    canView: (_ctx, resource) => audioFormats.includes(formatOf(resource)),
  },
]

const byName = new Map(plugins.map((plugin) => [plugin.name, plugin]))

/** The view plugin names, as status_show lists them among the extensions. */
export const viewPluginNames = plugins.map((plugin) => plugin.name)

/** The plugin for a view type, or undefined (CKAN's get_view_plugin). */
export function viewPlugin(viewType: unknown): ViewPlugin | undefined {
  return typeof viewType === 'string' ? byName.get(viewType) : undefined
}

/**
 * The plugins whose views new resources get (CKAN's get_default_view_plugins).
 * ckan.views.default_views defaults to "image_view datatables_view"; the
 * DataTables view needs the DataStore, which Shelfmark does not have.
 */
export function defaultViewPlugins(datastoreViews: boolean): ViewPlugin[] {
  return datastoreViews ? [] : [byName.get('image_view') as ViewPlugin]
}

/** Mirrors datapreview.compare_domains: the same (scheme, host, port); a bare host is read as //host, scheme http. */
function onSameDomain(siteUrl: string, resourceUrl: unknown): boolean {
  if (typeof resourceUrl !== 'string') return false
  const site = domainOf(siteUrl)
  const resource = domainOf(resourceUrl)
  return site !== null && site === resource
}

function domainOf(url: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') ? url : `//${url}`
  const match = /^(?:([a-z][a-z0-9+.-]*):)?(?:\/\/([^/?#]*))?/i.exec(withScheme.toLowerCase())
  if (!match) return null
  const scheme = match[1] ?? 'http'
  const authority = (match[2] ?? '').replace(/^[^@]*@/, '')
  const port = /:(\d+)$/.exec(authority)?.[1] ?? ''
  return `${scheme}|${authority.replace(/:\d*$/, '')}|${port}`
}
