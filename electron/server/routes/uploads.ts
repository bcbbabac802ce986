/**
 * Uploaded images at CKAN's address, /uploads/{group,user,admin}/{file}:
 * CKAN 2.10 serves its storage folder as static files
 * (config/middleware/flask_app.py adds `<storage_path>/storage` to the
 * static folders), so anyone may fetch them and a missing one is a 404.
 * Only a single safe name inside one of the three folders is ever opened.
 */
import { closeSync, fstatSync, openSync } from 'node:fs'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { failureOf, helpUrl } from '../../engine/envelope-of.ts'
import { NotFound } from '../../engine/errors.ts'
import { uploadedImagePath } from '../../engine/files/store-paths.ts'
import type { Door, RoutePlugin } from '../door.ts'
import { fileHeaders, sendFileBytes } from '../file-reply.ts'
import { sendResponse } from '../send.ts'

type Params = { folder: string; file: string }

/** The action whose dicts name each folder's images: its help URL goes in a 404's envelope. */
const helpActions: Record<string, string> = { group: 'group_show', user: 'user_show', admin: 'config_option_show' }

/** The image types served as themselves; anything else (a file placed by hand) downloads as bytes. */
const imageTypes: Record<string, string> = { png: 'image/png', gif: 'image/gif', jpg: 'image/jpeg', jpeg: 'image/jpeg' }

/** GET and HEAD /uploads/:folder/:file; any other path under /uploads/ is a 404 too. */
export const uploadsRoutes: RoutePlugin = (app, door) => {
  for (const url of ['/uploads/:folder/:file', '/uploads/*']) {
    app.route({
      method: ['GET', 'HEAD'],
      url,
      exposeHeadRoute: false,
      handler: (request, reply) => serveImage(door, request, reply),
    })
  }
}

function serveImage(door: Door, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { folder = '', file = '' } = request.params as Partial<Params>
  const path = door.engine.dataDir ? uploadedImagePath(door.engine.dataDir, folder, file) : null
  const fd = path ? openOrNull(path) : null
  const stat = fd === null ? null : fstatSync(fd)
  if (fd === null || !stat?.isFile()) {
    if (fd !== null) closeSync(fd)
    const help = helpUrl(door.engine.config.siteUrl, helpActions[folder] ?? 'group_show')
    return sendResponse(reply, failureOf(help, new NotFound()))
  }
  const type = imageTypes[file.slice(file.lastIndexOf('.') + 1).toLowerCase()]
  reply
    .code(200)
    .header('content-type', type ?? 'application/octet-stream')
    // Inline for the image types; the rest must never render in this origin.
    .header('content-disposition', `${type ? 'inline' : 'attachment'}; filename=${file}`)
    .header('cache-control', 'no-cache')
  const open = { fd, size: stat.size, mtime: stat.mtime }
  fileHeaders(reply, open)
  return sendFileBytes(request, reply, open)
}

function openOrNull(path: string): number | null {
  try {
    return openSync(path, 'r')
  } catch {
    return null
  }
}
