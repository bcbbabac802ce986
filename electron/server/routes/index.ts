/**
 * The HTTP door's route plugins, in order. To add routes (downloads, the web
 * UI, sign-in), write `routes/<name>.ts` exporting a RoutePlugin and list it here.
 */
import type { RoutePlugin } from '../door.ts'
import { actionApiRoutes } from './action-api.ts'
import { apiVersionRoutes } from './api-version.ts'
import { downloadRoutes } from './download.ts'
import { uploadsRoutes } from './uploads.ts'
import { utilApiRoutes } from './util-api.ts'
import { webAppRoutes } from './web-app.ts'
import { webSignInRoutes } from './web-signin.ts'

export const serverRoutes: RoutePlugin[] = [apiVersionRoutes, actionApiRoutes, utilApiRoutes, downloadRoutes, uploadsRoutes, webAppRoutes, webSignInRoutes]
