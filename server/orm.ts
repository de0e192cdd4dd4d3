import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import type { Options } from '@mikro-orm/core'
import { LoadStrategy, MikroORM } from './mikro-orm.js'
import { entities } from './entities.js'
import { logger } from './logger.js'
import { loadMigrations, migrationNames } from './migrations/index.js'
import { SQLITE_PRAGMAS } from './sqlite-pragmas.js'

export const DEFAULT_DATABASE_URL = 'sqlite:./data/orientir.sqlite'

export type DatabaseKind = 'sqlite' | 'postgresql'

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('sqlite:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql'
  throw new Error(`DATABASE_URL не распознан: ожидается sqlite:ПУТЬ или postgres://…, получено «${url}»`)
}

// Only the driver of the database in use is loaded (a SQLite install never loads pg, nor the
// reverse): each is a few hundred milliseconds of the start. MikroORM's ESM entry points wrap
// these same CommonJS modules, so a require here shares their classes.
const require = createRequire(import.meta.url)
const sqliteDriver = (): typeof import('@mikro-orm/sqlite').SqliteDriver => (require('@mikro-orm/sqlite') as typeof import('@mikro-orm/sqlite')).SqliteDriver
const postgresqlDriver = (): typeof import('@mikro-orm/postgresql').PostgreSqlDriver =>
  (require('@mikro-orm/postgresql') as typeof import('@mikro-orm/postgresql')).PostgreSqlDriver

// The list of migrations is added by migrate(), when one is pending.
const MIGRATIONS = { transactional: true, snapshot: false }

export function ormOptions(url: string, extra: Partial<Options> = {}): Options {
  const common: Partial<Options> = {
    entities,
    // Entities carry explicit types in every decorator; no reflection of TS types needed.
    discovery: { requireEntitiesArray: true },
    forceUndefined: false,
    // 'query' without 'query-params': statements are logged with placeholders, never with the
    // values, which may be passwords' hashes, notes or names.
    debug: process.env.ORM_DEBUG === '1' ? ['query'] : false,
    logger: (message: string) => logger.info(message),
    colors: false,
    allowGlobalContext: false,
    // Joined loading hands SQLite datetimes of the joined rows back as raw numbers, which the
    // unit of work then sees as changed (mikro-orm#5550); separate queries hydrate them properly.
    loadStrategy: LoadStrategy.SELECT_IN,
  }
  if (databaseKind(url) === 'sqlite') {
    const file = url.slice('sqlite:'.length)
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true })
    return {
      ...common,
      driver: sqliteDriver(),
      dbName: file,
      migrations: MIGRATIONS,
      pool: { afterCreate: sqlitePragmas },
      ...extra,
    } as Options
  }
  return {
    ...common,
    driver: postgresqlDriver(),
    clientUrl: url,
    migrations: MIGRATIONS,
    ...extra,
  } as Options
}

function sqlitePragmas(conn: { run: (sql: string, cb: (err?: Error) => void) => void }, done: (err?: Error) => void): void {
  const next = (k: number): void => {
    if (k === SQLITE_PRAGMAS.length) return done()
    conn.run(`PRAGMA ${SQLITE_PRAGMAS[k]}`, (err) => (err ? done(err) : next(k + 1)))
  }
  next(0)
}

export async function openOrm(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(url))
  if (await hasPendingMigrations(orm)) await migrate(orm, databaseKind(url))
  return orm
}

/** Runs the pending migrations of a database of this kind (the list is loaded with the migrator). */
async function migrate(orm: MikroORM, kind: DatabaseKind): Promise<void> {
  const [{ Migrator }, migrationsList] = await Promise.all([import('@mikro-orm/migrations'), loadMigrations(kind)])
  orm.config.set('migrations', { ...orm.config.get('migrations'), migrationsList })
  Migrator.register(orm)
  await orm.migrator.up()
}

// The migrator and its list are a tenth of the start; a database that is up to date, as at every
// start but the first, needs neither. No table yet (a new database), or a query that fails for
// another reason, counts as pending: the migrator then creates the table or reports that reason.
async function hasPendingMigrations(orm: MikroORM): Promise<boolean> {
  const table = orm.config.get('migrations').tableName ?? 'mikro_orm_migrations'
  const rows: { name: string }[] | undefined = await orm.em.getConnection().execute<{ name: string }[]>(`select name from ${table}`).catch(() => undefined)
  if (!rows) return true
  const executed = new Set(rows.map((row) => row.name))
  return migrationNames.some((name) => !executed.has(name))
}
