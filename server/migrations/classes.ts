import type { MigrationObject } from '@mikro-orm/core'
import { Migration20261124181628 as SqliteInitial } from './sqlite/Migration20261124181628.js'
import { Migration20261124181628 as PostgresqlInitial } from './postgresql/Migration20261124181628.js'
import { Migration20261126003635LoginThrottle as SqliteLoginThrottle } from './sqlite/Migration20261126003635LoginThrottle.js'
import { Migration20261126003635LoginThrottle as PostgresqlLoginThrottle } from './postgresql/Migration20261126003635LoginThrottle.js'
import { Migration20261126003840 as SqliteScheduleFromText } from './sqlite/Migration20261126003840.js'
import { Migration20261126003840 as PostgresqlScheduleFromText } from './postgresql/Migration20261126003840.js'
import { Migration20261126010000 as SqliteIndicatorScale } from './sqlite/Migration20261126010000.js'
import { Migration20261126010000 as PostgresqlIndicatorScale } from './postgresql/Migration20261126010000.js'
import { Migration20261126020000 as SqliteDocumentsAsWritten } from './sqlite/Migration20261126020000.js'
import { Migration20261126020000 as PostgresqlDocumentsAsWritten } from './postgresql/Migration20261126020000.js'
import { Migration20261126040000BiPaging as SqliteBiPaging } from './sqlite/Migration20261126040000BiPaging.js'
import { Migration20261126040000BiPaging as PostgresqlBiPaging } from './postgresql/Migration20261126040000BiPaging.js'

// Listed explicitly so that migrations run the same from TypeScript and from the build. Loaded
// only when a migration is pending (index.ts); a new one is added here and its name in index.ts.
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261124181628', class: SqliteInitial },
  { name: 'Migration20261126003635LoginThrottle', class: SqliteLoginThrottle },
  { name: 'Migration20261126003840', class: SqliteScheduleFromText },
  { name: 'Migration20261126010000', class: SqliteIndicatorScale },
  { name: 'Migration20261126020000', class: SqliteDocumentsAsWritten },
  { name: 'Migration20261126040000BiPaging', class: SqliteBiPaging },
]
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261124181628', class: PostgresqlInitial },
  { name: 'Migration20261126003635LoginThrottle', class: PostgresqlLoginThrottle },
  { name: 'Migration20261126003840', class: PostgresqlScheduleFromText },
  { name: 'Migration20261126010000', class: PostgresqlIndicatorScale },
  { name: 'Migration20261126020000', class: PostgresqlDocumentsAsWritten },
  { name: 'Migration20261126040000BiPaging', class: PostgresqlBiPaging },
]
