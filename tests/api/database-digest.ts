// A digest of every table of the test server's database, read directly (not through the API),
// to prove that a refused request changed nothing. Left out: what a refused request may touch
// without changing data — sessions, counted login attempts, a token's last use.
import { createHash } from 'node:crypto'
import pg from 'pg'
import sqlite3 from 'sqlite3'
import { inject } from 'vitest'

const SKIPPED_TABLES = new Set(['session', 'login_failure', 'mikro_orm_migrations'])
const SKIPPED_COLUMNS: Record<string, string[]> = { api_token: ['last_used_at'] }

export async function databaseDigest(): Promise<string> {
  const url = inject('databaseUrl')
  return url.startsWith('sqlite:') ? sqliteDigest(url.slice('sqlite:'.length)) : postgresDigest(url)
}

async function postgresDigest(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`,
    )
    const tables = new Map<string, string[]>()
    for (const { table_name: table, column_name: column } of columns) {
      if (SKIPPED_TABLES.has(table) || SKIPPED_COLUMNS[table]?.includes(column)) continue
      tables.set(table, [...(tables.get(table) ?? []), column])
    }
    const hash = createHash('sha256')
    for (const [table, cols] of tables) {
      const row = cols.map((c) => `"${c}"`).join(', ')
      const { rows } = await client.query(`select md5(coalesce(string_agg(x, '|' order by x), '')) as d from (select row(${row})::text as x from "${table}") s`)
      hash.update(`${table}:${rows[0].d};`)
    }
    return hash.digest('hex')
  } finally {
    await client.end()
  }
}

async function sqliteDigest(file: string): Promise<string> {
  const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY)
  const all = (sql: string) => new Promise<Record<string, unknown>[]>((resolve, reject) => db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as Record<string, unknown>[]))))
  try {
    db.configure('busyTimeout', 5000)
    const tables = (await all(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)).map((r) => String(r.name))
    const hash = createHash('sha256')
    for (const table of tables) {
      if (SKIPPED_TABLES.has(table)) continue
      const skipped = SKIPPED_COLUMNS[table] ?? []
      const rows = (await all(`select * from \`${table}\``)).map((r) => JSON.stringify(Object.entries(r).filter(([k]) => !skipped.includes(k))))
      rows.sort()
      hash.update(`${table}:${createHash('sha256').update(rows.join('|')).digest('hex')};`)
    }
    return hash.digest('hex')
  } finally {
    await new Promise((resolve) => db.close(resolve))
  }
}
