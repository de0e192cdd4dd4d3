import type { Server } from 'node:http'
import type { MikroORM } from '@mikro-orm/core'
import { createApp } from './app.js'
import { redactUrl } from './config.js'
import type { Lifecycle } from './http/health.routes.js'
import { logger } from './logger.js'
import { Municipality } from './modules/municipality/municipality.entity.js'
import { ensureAdmin } from './modules/user/auth.service.js'
import { openOrm } from './orm.js'

export interface StartOptions {
  port: number
  host?: string
  databaseUrl?: string
  clientDir: string
  adminPassword?: string
  isDevelopment?: boolean
  trustProxy?: string | number
  log?: (line: string) => void
}

export class StartError extends Error {}

/** Opens the database (migrating it), seeds an empty one, and serves the API and the client. */
export async function startServer(options: StartOptions): Promise<{ server: Server; orm: MikroORM; close: () => Promise<void> }> {
  const log = options.log ?? ((line: string) => logger.info(line))
  const orm = await openOrm(options.databaseUrl).catch((err: unknown) => {
    throw new StartError(`Не удалось открыть базу данных ${redactUrl(options.databaseUrl ?? 'по умолчанию')}: ${reasonOf(err)}`, { cause: err })
  })
  const em = orm.em.fork()
  await ensureAdmin(em, options.adminPassword, log)
  if ((await em.count(Municipality, {})) === 0) {
    // Loaded only for an empty database: the documents and the seeding code serve no other start.
    const [{ documentSeeds }, { seedMunicipalities }] = await Promise.all([import('../seeds/index.js'), import('./modules/seed/seed.service.js')])
    const report = await seedMunicipalities(em, documentSeeds())
    log(`База пуста: загружены данные документов (${report.created.join(', ')})`)
  }
  const lifecycle: Lifecycle = { isShuttingDown: false }
  const { app, apollo } = await createApp({ orm, clientDir: options.clientDir, isDevelopment: options.isDevelopment ?? false, trustProxy: options.trustProxy, lifecycle })
  const host = options.host ?? '0.0.0.0'
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port, host, (err?: Error) => (err ? reject(err) : resolve(s)))
  }).catch(async (err: NodeJS.ErrnoException) => {
    await orm.close()
    const reason = err.code === 'EADDRINUSE' ? 'порт занят другой программой' : err.code === 'EACCES' ? 'нет прав занять этот порт' : reasonOf(err)
    throw new StartError(`Не удалось открыть порт ${options.port} на ${host}: ${reason}`, { cause: err })
  })
  return {
    server,
    orm,
    // Stops accepting connections, lets the requests in flight finish, then closes the database.
    close: async () => {
      lifecycle.isShuttingDown = true
      const closed = new Promise((resolve) => server.close(resolve))
      // A keep-alive connection whose request just finished would otherwise hold close() open.
      const sweep = setInterval(() => server.closeIdleConnections(), 200)
      server.closeIdleConnections()
      await closed
      clearInterval(sweep)
      await apollo.stop()
      await orm.close()
    },
  }
}

function reasonOf(err: unknown): string {
  const e = err as { code?: string; message?: string }
  return [e?.code, e?.message].filter(Boolean).join(' ') || String(err)
}
