import { anyone, defineAction } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'
import { findResourceRow, type ResourceRow } from '../../packages/resource-write.ts'
import { viewPlugin } from '../../resource-views/plugins.ts'
import { pythonStr } from '../../resource-views/python-str.ts'
import { dictizeView, insertView } from '../../resource-views/store.ts'
import { requireCreateOnResource } from '../../resource-views/view-auth.ts'
import { validateView } from '../../resource-views/view-schema.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

/** resource_view_create: a new view at the end of a resource's views. */
export const resource_view_create = defineAction('resource_view_create', {
  // Mirrors CKAN: the fields are checked before the caller (resource_create's rule on the resource).
  auth: anyone,
  help: `Add a view to a resource, after its other views.

The caller must be logged in and allowed to add resources to the
resource's dataset. Records no activity.

:param resource_id: id of the resource
:type resource_id: string
:param view_type: the view plugin: image_view, text_view, webpage_view,
    video_view or audio_view
:type view_type: string
:param title: the view's title
:type title: string
:param description: (optional)
:type description: string
:param image_url, page_url, video_url, poster_url, audio_url: the address
    to show instead of the resource's own, for image_view, webpage_view,
    video_view (and its poster image) and audio_view (optional)
:type image_url, page_url, video_url, poster_url, audio_url: string

Other keys are refused.

:returns: the new view
:rtype: dictionary`,
  run(ctx, params) {
    getOrBust(params, 'resource_id')
    getOrBust(params, 'view_type')
    const plugin = viewPlugin(params.view_type)
    if (!plugin) throw new ValidationError({ view_type: `No plugin found for view_type ${pythonStr(params.view_type)}` })
    const fields = validateView(ctx, params, plugin, 'create')
    requireCreateOnResource(ctx, 'resource_view_create', findResourceRow(ctx.db, fields.resource_id) as ResourceRow)
    const row = insertView(ctx, plugin.name, { ...fields, resource_id: fields.resource_id as string })
    return dictizeView(ctx.db, row)
  },
})
