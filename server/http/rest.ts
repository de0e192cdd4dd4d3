// Plain HTTP endpoints beside GraphQL (downloads, uploads): the same caller, the same errors.
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { MikroORM } from '@mikro-orm/core'
import type { NextFunction, Request, Response } from 'express'
import type { Actor } from '../auth/actor.js'
import { actorOrThrow } from '../auth/access.js'
import { resolveActor } from '../context.js'
import { DomainError } from '../errors.js'
import { logger } from '../logger.js'

const HTTP_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429 }

export type RestHandler = (ctx: { em: MikroORM['em']; actor: Actor; req: Request; res: Response }) => Promise<void>

export function rest(orm: MikroORM, handler: RestHandler) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const em = orm.em.fork()
    try {
      const actor = actorOrThrow(await resolveActor(em, req))
      await handler({ em, actor, req, res })
    } catch (err) {
      if (res.headersSent) {
        // The download had begun; all we can do is cut it so the client sees it incomplete.
        ;(req.log ?? logger).error({ err }, 'Ошибка во время выгрузки')
        res.destroy(err as Error)
        return
      }
      if (err instanceof DomainError) {
        const code = String(err.extensions.code)
        res.status(HTTP_STATUS[code] ?? 400).json({ error: { code, message: err.message, ...err.extensions } })
        return
      }
      next(err)
    }
  }
}

/**
 * Writes the chunks of an async generator to the response, waiting when the client is slow.
 * Piped, not written by hand: behind compression() a `once('drain')` per full buffer was never
 * removed (MaxListenersExceededWarning on every large export).
 */
export async function pipeChunks(res: Response, chunks: AsyncIterable<string>): Promise<void> {
  await pipeline(Readable.from(chunks), res)
}
