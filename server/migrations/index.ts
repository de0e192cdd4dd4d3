import type { MigrationObject } from '@mikro-orm/core'
import type { DatabaseKind } from '../orm.js'

// In the order they run: the rows of mikro_orm_migrations on an up-to-date database, read at every
// start. A new migration: `node dist/server/cli/create-migration.js`, then its two classes in
// classes.ts and its name here (tests/server/migrations.test.ts checks that they agree).
export const migrationNames = [
  'Migration20261124181628',
  'Migration20261126003635LoginThrottle',
  'Migration20261126003840',
  'Migration20261126010000',
  'Migration20261126020000',
  'Migration20261126040000BiPaging',
] as const

/**
 * The migrations of one database kind. Loaded only when one is pending: their classes extend
 * @mikro-orm/migrations' Migration, which brings umzug and its command line with it.
 */
export async function loadMigrations(kind: DatabaseKind): Promise<MigrationObject[]> {
  const { postgresqlMigrations, sqliteMigrations } = await import('./classes.js')
  return kind === 'sqlite' ? sqliteMigrations : postgresqlMigrations
}
