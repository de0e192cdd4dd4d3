import type { Server } from 'node:http'
import type { MikroORM } from '@mikro-orm/core'
import { documentSeeds } from '../seeds/index.js'
import { createApp } from './app.js'
import { Municipality } from './modules/municipality/municipality.entity.js'
import { seedMunicipalities } from './modules/seed/seed.service.js'
import { ensureAdmin } from './modules/user/auth.service.js'
import { openOrm } from './orm.js'

export interface StartOptions {
  port: number
  host?: string
  databaseUrl?: string
  clientDir: string
  adminPassword?: string
  isDevelopment?: boolean
  log?: (line: string) => void
}

/** Opens the database (migrating it), seeds an empty one, and serves the API and the client. */
export async function startServer(options: StartOptions): Promise<{ server: Server; orm: MikroORM; close: () => Promise<void> }> {
  const log = options.log ?? ((line: string) => console.log(line))
  const orm = await openOrm(options.databaseUrl)
  const em = orm.em.fork()
  await ensureAdmin(em, options.adminPassword, log)
  if ((await em.count(Municipality, {})) === 0) {
    const report = await seedMunicipalities(em, documentSeeds())
    log(`База пуста: загружены данные документов (${report.created.join(', ')})`)
  }
  const { app, apollo } = await createApp({ orm, clientDir: options.clientDir, isDevelopment: options.isDevelopment ?? false })
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(options.port, options.host ?? '0.0.0.0', () => resolve(s))
  })
  return {
    server,
    orm,
    close: async () => {
      await new Promise((resolve) => server.close(resolve))
      await apollo.stop()
      await orm.close()
    },
  }
}
