// A hash of every table's rows, read straight from the test server's database (read-only),
// to prove that refused requests changed nothing.
import { createHash } from 'node:crypto'
import pg from 'pg'
import sqlite3 from 'sqlite3'

export interface HashOptions {
  /** Columns left out, as `table.column`, each with the reason at the call site. */
  ignore?: string[]
}

export async function hashTables(kind: 'sqlite' | 'postgresql', databaseUrl: string, options: HashOptions = {}): Promise<Record<string, string>> {
  const rows = kind === 'sqlite' ? await sqliteRows(databaseUrl.replace(/^sqlite:/, '')) : await postgresRows(databaseUrl)
  const ignore = new Set(options.ignore ?? [])
  const hashes: Record<string, string> = {}
  for (const [table, list] of Object.entries(rows)) {
    const lines = list.map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !ignore.has(`${table}.${column}`)), (_k, v) => (typeof v === 'bigint' ? String(v) : v)))
    lines.sort()
    hashes[table] = `${list.length}:${createHash('sha256').update(lines.join('\n')).digest('hex')}`
  }
  return hashes
}

async function sqliteRows(file: string): Promise<Record<string, Record<string, unknown>[]>> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(d)))
  })
  const all = (sql: string) => new Promise<Record<string, unknown>[]>((resolve, reject) => db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as Record<string, unknown>[]))))
  try {
    const tables = await all(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
    const result: Record<string, Record<string, unknown>[]> = {}
    for (const { name } of tables) result[String(name)] = await all(`select * from "${String(name)}"`)
    return result
  } finally {
    await new Promise((resolve) => db.close(resolve))
  }
}

async function postgresRows(url: string): Promise<Record<string, Record<string, unknown>[]>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('begin transaction read only')
    const tables = await client.query<{ table_name: string }>(`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`)
    const result: Record<string, Record<string, unknown>[]> = {}
    for (const { table_name } of tables.rows) result[table_name] = (await client.query(`select * from "${table_name}"`)).rows
    await client.query('rollback')
    return result
  } finally {
    await client.end()
  }
}
