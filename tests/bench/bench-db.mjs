// The benchmark's data: a synthetic region it builds once and reuses, and the raw driver
// (sqlite3 for SQLite, pg for PostgreSQL) that reads and writes the same rows without the app.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Where the SQLite regions live between runs (git-ignored); BENCH_DATA_DIR for another folder. */
const DATA_DIR = process.env.BENCH_DATA_DIR ? `${process.env.BENCH_DATA_DIR}/` : fileURLToPath(new URL('./.data/', import.meta.url))

/** «60x40x150» → municipalities × schools × indicators; BENCH_REGION overrides the region. */
export function regionSize(spec = process.env.BENCH_REGION ?? '60x40x150') {
  const m = /^(\d+)x(\d+)x(\d+)$/.exec(spec)
  if (!m) throw new Error(`BENCH_REGION: ожидается «муниципалитеты x школы x показатели», например 60x40x150, получено «${spec}»`)
  return { municipalities: Number(m[1]), schools: Number(m[2]), indicators: Number(m[3]), name: spec }
}

/**
 * The database URL holding the region: a SQLite file in tests/bench/.data/ named by its size, or
 * BENCH_DATABASE_URL for PostgreSQL. The synthetic seed skips municipalities it made before, so a
 * second run only checks.
 */
export function ensureRegion(engine, size) {
  const url = engine === 'postgresql' ? process.env.BENCH_DATABASE_URL : `sqlite:${DATA_DIR}region-${size.name}.sqlite`
  if (engine === 'sqlite') mkdirSync(DATA_DIR, { recursive: true })
  const fresh = engine === 'sqlite' && !existsSync(url.slice('sqlite:'.length))
  const started = performance.now()
  execFileSync(
    process.execPath,
    ['dist/server/cli/seed-synthetic.js', '--municipalities', String(size.municipalities), '--schools', String(size.schools), '--indicators', String(size.indicators)],
    { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  return { url, seedMs: performance.now() - started, fresh }
}

/** One connection of the database's own driver: all(sql, params) → plain rows; `?` placeholders on both engines. */
export async function openRaw(url) {
  if (url.startsWith('sqlite:')) {
    const { default: sqlite3 } = await import('sqlite3')
    const db = await new Promise((resolve, reject) => {
      const d = new sqlite3.Database(url.slice('sqlite:'.length), (err) => (err ? reject(err) : resolve(d)))
    })
    const all = (sql, params = []) => new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))))
    // The app's own settings (foreign keys checked, WAL, busy_timeout): both sides write under the same rules.
    const { SQLITE_PRAGMAS } = await import('../../dist/server/sqlite-pragmas.js')
    for (const pragma of SQLITE_PRAGMAS) await all(`PRAGMA ${pragma}`)
    return { engine: 'sqlite', all, close: () => new Promise((resolve) => db.close(resolve)), now: () => Date.now() }
  }
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const all = async (sql, params = []) => {
    let n = 0
    return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows
  }
  return { engine: 'postgresql', all, close: () => client.end(), now: () => new Date() }
}

/** Runs work(raw) in one transaction of this connection. */
export async function rawTransaction(raw, work) {
  await raw.all(raw.engine === 'sqlite' ? 'BEGIN IMMEDIATE' : 'BEGIN')
  try {
    const result = await work()
    await raw.all('COMMIT')
    return result
  } catch (err) {
    await raw.all('ROLLBACK')
    throw err
  }
}
