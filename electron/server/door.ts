/**
 * What every route plugin of the HTTP door is given: the engine, the limits
 * it enforces, and the one way to learn who a request acts as.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Caller, Engine } from '../engine/engine.ts'
import type { DoorLimits } from './limits.ts'

/** The door's shared parts, handed to each route plugin. */
export type Door = {
  readonly engine: Engine
  readonly limits: DoorLimits
  /** Folder uploads stream into before an action takes them (files/tmp in the data directory). */
  readonly uploadDir: string
  /** The caller a request acts as: its API token's user, or anonymous (CKAN 2.10: never a 401). */
  callerFor(request: FastifyRequest): Caller
}

/**
 * A group of routes (the action API, downloads, the web UI…). Each runs in its
 * own encapsulated fastify context, so hooks it adds stay its own.
 */
export type RoutePlugin = (app: FastifyInstance, door: Door) => void | Promise<void>
