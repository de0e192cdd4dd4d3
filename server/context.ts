import type { EntityManager, MikroORM } from '@mikro-orm/core'
import type { Request, Response } from 'express'
import type { Actor } from './auth/actor.js'
import { createLoaders, type Loaders } from './graphql/loaders.js'
import { SESSION_COOKIE, actorOfBearer, actorOfSession } from './modules/user/auth.service.js'

export interface Context {
  em: EntityManager
  actor: Actor | null
  loaders: Loaders
  req: Request
  res: Response
}

/** Who is calling, from the Bearer token or the session cookie; a bad or revoked token is nobody. */
export async function resolveActor(em: EntityManager, req: Request): Promise<Actor | null> {
  const header = req.headers.authorization
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header)
    return match ? await actorOfBearer(em, match[1]) : null
  }
  const secret = req.cookies?.[SESSION_COOKIE] as string | undefined
  return secret ? ((await actorOfSession(em, secret))?.actor ?? null) : null
}

export async function createContext(orm: MikroORM, req: Request, res: Response): Promise<Context> {
  const em = orm.em.fork()
  const actor = await resolveActor(em, req)
  return { em, actor, loaders: createLoaders(em, actor), req, res }
}
