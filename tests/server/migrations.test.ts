import 'reflect-metadata'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { postgresqlMigrations, sqliteMigrations } from '../../server/migrations/classes.js'
import { migrationNames } from '../../server/migrations/index.js'
import { openOrm } from '../../server/orm.js'

const dir = mkdtempSync(join(tmpdir(), 'orientir-migrations-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function executedMigrations(url: string): Promise<string[]> {
  const orm = await openOrm(url)
  try {
    const rows: { name: string }[] = await orm.em.getConnection().execute('select name from mikro_orm_migrations order by id')
    return rows.map((row) => row.name)
  } finally {
    await orm.close()
  }
}

describe('migrations', () => {
  it('lists the same names, in the same order, as the classes of both databases', () => {
    expect(sqliteMigrations.map((m) => m.name)).toEqual([...migrationNames])
    expect(postgresqlMigrations.map((m) => m.name)).toEqual([...migrationNames])
    for (const m of [...sqliteMigrations, ...postgresqlMigrations]) expect(m.class.name).toBe(m.name)
  })

  it('migrates a new database, opens an up-to-date one without the migrator, and runs one left pending', async () => {
    const url = `sqlite:${join(dir, 'orientir.sqlite')}`
    expect(await executedMigrations(url)).toEqual([...migrationNames])

    const upToDate = await openOrm(url)
    expect(upToDate.config.getExtension('@mikro-orm/migrator')).toBeUndefined()
    // The last migration undone by hand, as on a database of the previous release.
    const last = migrationNames[migrationNames.length - 1]
    await upToDate.em.getConnection().execute('drop index indicator_value_municipality_id_id_index')
    await upToDate.em.getConnection().execute('delete from mikro_orm_migrations where name = ?', [last])
    await upToDate.close()

    expect(await executedMigrations(url)).toEqual([...migrationNames])
  })
})
