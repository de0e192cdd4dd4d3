// Probes for a supervisor or a load balancer: /healthz says the process answers, /readyz that
// it can serve — the database answers a query and the server is not shutting down.
import type { MikroORM } from '@mikro-orm/core'
import { Router } from 'express'

const READY_TIMEOUT_MS = 3000

export interface Readiness {
  isReady: boolean
  reason?: string
}

export interface Lifecycle {
  isShuttingDown: boolean
}

/** Asks the database a trivial question; a database that does not answer within 3 s is not ready. */
export async function readiness(orm: MikroORM, lifecycle: Lifecycle): Promise<Readiness> {
  if (lifecycle.isShuttingDown) return { isReady: false, reason: 'Сервер останавливается' }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS)
  })
  try {
    await Promise.race([orm.em.getConnection().execute('select 1'), timeout])
    return { isReady: true }
  } catch (err) {
    const reason = err instanceof Error && err.message === 'timeout' ? `база данных не ответила за ${READY_TIMEOUT_MS / 1000} с` : 'база данных недоступна'
    return { isReady: false, reason: `Сервер не готов: ${reason}` }
  } finally {
    clearTimeout(timer)
  }
}

export function healthRoutes(orm: MikroORM, lifecycle: Lifecycle): Router {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ ok: true })
  })
  router.get('/readyz', async (_req, res) => {
    const { isReady, reason } = await readiness(orm, lifecycle)
    res.set('cache-control', 'no-store')
    if (isReady) res.json({ ok: true })
    else res.status(503).json({ ok: false, error: { code: 'NOT_READY', message: reason } })
  })
  return router
}
