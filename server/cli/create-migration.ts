// Writes the next migration for both databases from the difference between the entities
// and the schema the existing migrations make. Run: node dist/server/cli/create-migration.js
import { MikroORM } from '@mikro-orm/core'
import { Migrator } from '@mikro-orm/migrations'
import { loadMigrations } from '../migrations/index.js'
import { databaseKind, ormOptions } from '../orm.js'

const targets = [
  { url: 'sqlite::memory:', path: 'server/migrations/sqlite' },
  { url: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/orientir_migrations', path: 'server/migrations/postgresql' },
]

for (const { url, path } of targets) {
  const options = ormOptions(url)
  const migrationsList = await loadMigrations(databaseKind(url))
  options.extensions = [Migrator]
  options.migrations = { ...options.migrations, migrationsList, path, pathTs: path, emit: 'ts', snapshot: false, fileName: (ts: string) => `Migration${ts}` }
  const orm = await MikroORM.init(options)
  if (url.startsWith('postgres')) await orm.schema.dropSchema({ wrap: false }).catch(() => undefined)
  await orm.getMigrator().up()
  const result = await orm.getMigrator().createMigration(path)
  console.log(result.fileName ? `${path}/${result.fileName}` : `${path}: без изменений`)
  await orm.close()
}
