// The API lines of issue 9, each against the same rows read or written directly with the
// database's own driver in the same run: the whole municipal table, BI paging, the CSV, a
// 10 000-cell paste, one scope's table at 10 connections, cold start, memory. Asserts nothing.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { RUNS, interleaved, stats, timed } from './figures.mjs'
import { rawTransaction } from './bench-db.mjs'

export const ADMIN_PASSWORD = 'bench-password'
const PAGE = 5000
const PASTE_CELLS = Number(process.env.BENCH_PASTE_CELLS ?? 10_000)
/** The grid's autosave sends at most this many cells per request (useAutosave's MAX_SAVE_BATCH). */
const GRID_BATCH = 5000
/** The raw reference reads and writes the paste this many rows a statement (as the values store does). */
const RAW_CHUNK = 1000
const CONCURRENCY = 10

export async function startBenchServer(databaseUrl, port) {
  // BENCH_SERVER: another build of the server (e.g. tsc --outDir dist-b) to compare with.
  const child = spawn(process.execPath, [process.env.BENCH_SERVER ?? 'dist/server/main.js'], {
    // As deployed (README) and as the tests run it: graphql-js checks every instanceof twice otherwise.
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, ADMIN_PASSWORD, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const base = `http://127.0.0.1:${port}`
  const exited = new Promise((resolve) => child.once('exit', resolve))
  // The first answer of /graphql, whatever it says: the server is up.
  for (;;) {
    const answered = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' }).then(
      (res) => res.text().then(() => true),
      () => false,
    )
    if (answered) break
    if (child.exitCode !== null) throw new Error(`сервер завершился с кодом ${child.exitCode}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return { child, base, stop: () => (child.kill(), exited) }
}

export async function gql(base, cookie, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) })
  const text = await res.text()
  const body = JSON.parse(text)
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500))
  return { data: body.data, bytes: text.length, cookie: res.headers.get('set-cookie')?.split(';')[0] }
}

export async function login(base) {
  return (await gql(base, null, `mutation { login(login: "admin", password: "${ADMIN_PASSWORD}") { id } }`)).cookie
}

/** The text of one GraphQL answer, as the grid receives it; parsed only after the clock stops. */
async function post(base, cookie, query, variables) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) })
  return res.text()
}

const VALUE_FIELDS = 'id year target actual note version status deviation organization { id }'

// ---- The grid's requests (client/api/operations.ts fetchRoadmap) ----

const ROADMAP_FIELDS = 'id title periodFrom periodTo baselineFrom baselineTo years lockedYears municipality { id name }'
const STRUCTURE_FIELDS = `allDirections { id code title kind parentId }
  indicators { id code name unit valueType decimals minValue maxValue goodDirection level rollup direction { id } }`
const COLUMNS = 'ids indicatorIds organizationIds years targets actuals notes versions statuses deviations'
/** The table of a scope (all scopes when neither is given): with the structure on a first render, without it on a switch. */
const tableQuery = (withStructure) => `query RoadmapTable($id: Int!, $org: Int, $mun: Boolean, $years: [Int!]) {
  roadmap(id: $id) { ${ROADMAP_FIELDS} ${withStructure ? STRUCTURE_FIELDS : ''} }
  valueTable(roadmapId: $id, organizationId: $org, municipalityOnly: $mun, years: $years) { ${COLUMNS} } }`
const FIRST_TABLE_QUERY = tableQuery(true)
const SCOPE_QUERY = tableQuery(false)
const valueCount = (text) => JSON.parse(text).data.valueTable.ids.length

/** The grid's request before Query.valueTable, one scope at a time (a build without it, BENCH_SERVER). */
const NESTED_QUERY = `query($id:Int!,$org:Int,$mun:Boolean){ roadmap(id:$id){ id title periodFrom periodTo years lockedYears
  allDirections { id code title kind parentId }
  indicators { id code name unit valueType decimals minValue maxValue goodDirection level direction { id }
    values(organizationId:$org, municipalityOnly:$mun) { ${VALUE_FIELDS} } } } }`
const nestedCount = (text) => JSON.parse(text).data.roadmap.indicators.reduce((n, i) => n + i.values.length, 0)

/**
 * How the server's grid reads a table: `whole` every scope, `scope(org)` one scope on a switch
 * (org null: the municipality). A build without valueTable (an older BENCH_SERVER) gets the
 * nested query once per scope, as its grid did. Each returns the answers' texts.
 */
export async function gridReads(base, cookie, place) {
  const hasTable = (await gql(base, cookie, '{ __type(name: "ValueTable") { name } }')).data.__type !== null
  const scopeVars = (org) => ({ id: place.roadmapId, org, mun: org === null ? true : null })
  if (hasTable)
    return {
      kind: 'valueTable',
      whole: async () => [await post(base, cookie, FIRST_TABLE_QUERY, { id: place.roadmapId })],
      scope: (org) => post(base, cookie, SCOPE_QUERY, scopeVars(org)),
      count: valueCount,
    }
  const nested = (org) => post(base, cookie, NESTED_QUERY, { id: place.roadmapId, org, mun: org === null })
  return {
    kind: 'nested',
    whole: async () => {
      const texts = []
      for (const org of [null, ...place.organizations]) texts.push(await nested(org))
      return texts
    },
    scope: nested,
    count: nestedCount,
  }
}
const BI_QUERY = `query($m:Int,$a:String){ indicatorValues(filter:{municipalityId:$m}, first:${PAGE}, after:$a){
  pageInfo { hasNextPage endCursor }
  edges { node { id year target actual note deviation status version updatedAt
    indicator { code name unit goodDirection direction { code title } } organization { id name } municipality { id name } } } } }`

/** The same rows as BI_QUERY, with the same joins, one keyset page. */
const RAW_PAGE_SQL = (where) => `select v.id, v.year, v.target, v.actual, v.note, v.version, v.updated_at, v.indicator_id,
  i.code, i.name, i.unit, i.good_direction, i.tolerance, d.code as direction_code, d.title as direction_title,
  o.id as organization_id, o.name as organization_name, m.id as municipality_id, m.name as municipality_name
  from indicator_value v join indicator i on i.id = v.indicator_id join direction d on d.id = i.direction_id
  left join organization o on o.id = v.organization_id join municipality m on m.id = v.municipality_id
  where v.id > ? ${where} order by v.id limit ?`

/** The region's first synthetic municipality: its roadmap and schools. */
export async function pickMunicipality(raw) {
  const [m] = await raw.all('select id, name from municipality where is_synthetic = ? order by id limit 1', [raw.engine === 'sqlite' ? 1 : true])
  const [roadmap] = await raw.all('select id, period_from, period_to from roadmap where municipality_id = ? order by id limit 1', [m.id])
  const organizations = (await raw.all('select id from organization where municipality_id = ? order by id', [m.id])).map((o) => o.id)
  const [{ n }] = await raw.all('select count(*) as n from indicator_value')
  return { municipalityId: m.id, roadmapId: roadmap.id, periodFrom: roadmap.period_from, periodTo: roadmap.period_to, organizations, regionRows: Number(n) }
}

// ---- CSV as values-csv.ts writes it («;», decimal comma, Excel's ru date) ----

const STATUS_RU = { MET: 'достигнут', NOT_MET: 'не достигнут', NO_DATA: 'нет данных', NO_TARGET: 'нет плана' }
const csvField = (v) => {
  if (v === null || v === undefined) return ''
  const t = typeof v === 'number' ? String(v).replace('.', ',') : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v
  return /[;"\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t
}
const two = (n) => String(n).padStart(2, '0')
const ruDate = (d) => `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
function statusOf(r) {
  if (r.target === null) return 'NO_TARGET'
  if (r.actual === null) return 'NO_DATA'
  const eps = 1e-9
  const met = r.good_direction === 'UP' ? r.actual >= r.target - eps : r.good_direction === 'DOWN' ? r.actual <= r.target + eps : Math.abs(r.actual - r.target) <= (r.tolerance ?? 0) + eps
  return met ? 'MET' : 'NOT_MET'
}
function csvOf(rows) {
  let text = ''
  for (const r of rows) {
    const deviation = r.target === null || r.actual === null ? null : r.actual - r.target
    text += [r.id, r.municipality_id, r.municipality_name, r.organization_id, r.organization_name ?? '', r.direction_code, r.direction_title, r.indicator_id, r.code, r.name, r.unit,
      r.year, r.target, r.actual, deviation, STATUS_RU[statusOf(r)], r.note, r.version, ruDate(new Date(r.updated_at))].map(csvField).join(';') + '\r\n'
  }
  return text
}

/** A keyset read of the rows, PAGE at a time, up to `limit`; each page handed to `each`. */
async function rawKeyset(raw, where, params, limit, each) {
  let after = 0
  let rows = 0
  while (rows < limit) {
    const page = await raw.all(RAW_PAGE_SQL(where), [after, ...params, Math.min(PAGE, limit - rows)])
    if (page.length === 0) break
    each(page)
    rows += page.length
    after = page[page.length - 1].id
  }
  return rows
}

// ---- The lines ----

/**
 * The whole municipal table (every scope) as the grid reads it, and one SELECT of the same rows:
 * with valueTable one request (the roadmap, its structure and every scope's values as columns);
 * an older build, the nested query once per scope (all scopes at once were past its budget).
 */
export async function benchTable(report, { base, cookie, raw, place }) {
  const grid = await gridReads(base, cookie, place)
  let texts = []
  const result = await interleaved(
    async () => {
      texts = await grid.whole()
    },
    () =>
      raw.all(
        `select v.id, v.indicator_id, v.organization_id, v.year, v.target, v.actual, v.note, v.version, i.good_direction, i.tolerance
         from indicator_value v join indicator i on i.id = v.indicator_id where i.roadmap_id = ? order by v.indicator_id, v.id`,
        [place.roadmapId],
      ),
  )
  // Counted after the clock: the answers are only read here.
  const values = texts.reduce((n, t) => n + grid.count(t), 0)
  const bytes = texts.reduce((n, t) => n + t.length, 0)
  const how = grid.kind === 'valueTable' ? 'in 1 request, valueTable' : `in ${texts.length} requests, roadmap{…values} per scope`
  report.time(`whole municipal table, ${grid.kind === 'valueTable' ? 'valueTable' : 'roadmap{…values}'}`, { ...result, note: `${values.toLocaleString('en-US')} values ${how}, ${(bytes / 1e6).toFixed(1)} MB` }, '≤ 2× (beyond: 1.5×)')
}

/** indicatorValues paged by 5000 over the region, up to BENCH_PAGE_ROWS rows; a keyset read of the same rows and joins. */
export async function benchPaging(report, { base, cookie, raw, place, port }) {
  const limit = Math.min(place.regionRows, Number(process.env.BENCH_PAGE_ROWS ?? 100_000))
  const pages = async (each) => {
    let after = null
    let rows = 0
    while (rows < limit) {
      const text = await post(base, cookie, BI_QUERY, { m: null, a: after })
      const page = JSON.parse(text).data.indicatorValues
      each?.(text)
      rows += page.edges.length
      if (!page.pageInfo.hasNextPage) break
      after = page.pageInfo.endCursor
    }
  }
  // Our answers, kept once before the clock (a warm-up too), for the floor below.
  const answers = []
  await pages((text) => answers.push(JSON.parse(text)))
  const floor = await answersServer(answers, port)
  try {
    const result = await interleaved(
      () => pages(),
      () => rawKeyset(raw, '', [], limit, () => {}),
      async () => {
        for (let n = 0; n < answers.length; n++) JSON.parse(await post(floor.base, cookie, BI_QUERY, { n }))
      },
    )
    const note = `${limit.toLocaleString('en-US')} of ${place.regionRows.toLocaleString('en-US')} rows`
    report.rate(`indicatorValues paging by ${PAGE}, region`, limit, 'rows/s', { ...result, note }, '≥ 100 000 rows/s')
    report.rate(
      '… floor: the same answers from memory over HTTP',
      limit,
      'rows/s',
      { ours: result.floor, raw: result.raw, note: 'no SQL, no GraphQL: JSON.stringify, gzip as the app, HTTP, JSON.parse; ratio to raw' },
      'the most any server here reaches',
    )
  } finally {
    await floor.stop()
  }
}

/**
 * An HTTP server that only answers with the i-th of `answers` (parsed JSON), through Express and
 * the app's own compression: what any server must do for a page beyond reading and resolving it.
 */
async function answersServer(answers, port) {
  const { default: express } = await import('express')
  const { compress } = await import('../../dist/server/http/compress.js')
  const app = express()
  app.use(compress())
  app.post('/graphql', express.json(), (req, res) => res.json(answers[req.body.variables.n]))
  const server = await new Promise((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s))
  })
  return { base: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) }
}

/** GET /export/values.csv, and a keyset read writing the same CSV. BENCH_CSV=region for every row of the region. */
export async function benchCsv(report, { base, cookie, raw, place }) {
  const isRegion = process.env.BENCH_CSV === 'region'
  const query = isRegion ? '' : `?municipalityId=${place.municipalityId}`
  const [{ n }] = await raw.all(`select count(*) as n from indicator_value ${isRegion ? '' : 'where municipality_id = ?'}`, isRegion ? [] : [place.municipalityId])
  let bytes = 0
  const result = await interleaved(
    async () => {
      const res = await fetch(`${base}/export/values.csv${query}`, { headers: { cookie } })
      bytes = 0
      for await (const chunk of res.body) bytes += chunk.length
    },
    async () => {
      let written = 0
      await rawKeyset(raw, isRegion ? '' : 'and v.municipality_id = ?', isRegion ? [] : [place.municipalityId], Infinity, (page) => (written += Buffer.byteLength(csvOf(page))))
      return written
    },
  )
  report.rate(`CSV, ${isRegion ? 'the region' : 'one municipality'}`, Number(n), 'rows/s', { ...result, note: `${Number(n).toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(1)} MB` }, '≤ 1.5×')
}

/**
 * 10 000 cells of Факт as the grid saves a paste (setValueColumns in batches of GRID_BATCH, each cell
 * with its version, the written rows asked back as columns), and the same cells written directly: in
 * one transaction, per 1000 one read of versions, one multi-row upsert, one multi-row insert of an
 * audit row per cell. Both write the same content: the row's author (updated_by_id), and an audit
 * entry with its user, row id, action and the old and new value. Whole numbers 1…5 fit every
 * synthetic type.
 */
export async function benchPaste(report, { base, cookie, raw, place }) {
  const cells = await raw.all(
    `select v.indicator_id, v.organization_id, v.scope_id, v.year, v.municipality_id from indicator_value v join indicator i on i.id = v.indicator_id
     where v.municipality_id = ? and i.level = 'ORGANIZATION' and i.value_type in ('PERCENT', 'COUNT', 'SCORE', 'MARK') and v.year between ? and ?
     order by v.id limit ?`,
    [place.municipalityId, place.periodFrom, place.periodTo, PASTE_CELLS],
  )
  const chunksOf = (size) => {
    const chunks = []
    for (let i = 0; i < cells.length; i += size) chunks.push(cells.slice(i, i + size))
    return chunks
  }
  const batches = chunksOf(GRID_BATCH)
  const chunks = chunksOf(RAW_CHUNK)
  const keyOf = (c) => `${c.indicator_id}|${c.scope_id}|${c.year}`
  // As the app reads them: a superset by each column, the cells picked out by key.
  const versionsOf = async (chunk) => {
    const unique = (xs) => [...new Set(xs)]
    const [ids, scopes, years] = [unique(chunk.map((c) => c.indicator_id)), unique(chunk.map((c) => c.scope_id)), unique(chunk.map((c) => c.year))]
    const marks = (xs) => xs.map(() => '?').join(', ')
    const rows = await raw.all(
      `select id, indicator_id, scope_id, year, version, actual from indicator_value where indicator_id in (${marks(ids)}) and scope_id in (${marks(scopes)}) and year in (${marks(years)})`,
      [...ids, ...scopes, ...years],
    )
    const wanted = new Set(chunk.map(keyOf))
    return new Map(rows.filter((r) => wanted.has(keyOf(r))).map((r) => [keyOf(r), r]))
  }
  const [author] = await raw.all(`select id, name from app_user where login = 'admin'`)
  // Each save writes 1 + (save + k) mod 5: the next save changes every cell again. The first
  // follows the last one written (by an earlier run of the bench), which it would repeat otherwise.
  const [first] = await raw.all('select actual from indicator_value where indicator_id = ? and scope_id = ? and year = ?', [cells[0].indicator_id, cells[0].scope_id, cells[0].year])
  let save = Number.isInteger(first?.actual) ? first.actual - 1 : 0
  const valueOf = (k) => 1 + ((save + k) % 5)

  const ours = async () => {
    save++
    const versions = []
    for (const batch of batches) versions.push(await versionsOf(batch)) // what the grid already knows: not timed
    const { ms } = await timed(async () => {
      for (const [n, batch] of batches.entries()) {
        const input = {
          indicatorIds: batch.map((c) => c.indicator_id),
          organizationIds: batch.map((c) => c.organization_id),
          years: batch.map((c) => c.year),
          expectedVersions: batch.map((c) => versions[n].get(keyOf(c)).version),
          actuals: { cells: batch.map((_, k) => k), values: batch.map((_, k) => valueOf(n * GRID_BATCH + k)) },
        }
        await gql(base, cookie, `mutation($i:ValueColumnsInput!){ setValueColumns(input:$i){ ${COLUMNS} } }`, { i: input })
      }
    })
    return ms
  }
  const direct = async () => {
    save++
    const started = performance.now()
    await rawTransaction(raw, async () => {
      for (const [n, chunk] of chunks.entries()) {
        const before = await versionsOf(chunk)
        const now = raw.now()
        const rows = chunk.map((c, k) => [c.indicator_id, c.municipality_id, c.organization_id, c.scope_id, c.year, valueOf(n * RAW_CHUNK + k), author.id, now])
        await raw.all(
          `insert into indicator_value (indicator_id, municipality_id, organization_id, scope_id, year, actual, updated_by_id, updated_at) values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
           on conflict (indicator_id, scope_id, year) do update set actual = excluded.actual, version = indicator_value.version + 1, updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at`,
          rows.flat(),
        )
        const audit = chunk.map((c, k) => [now, author.id, author.name, 'WEB', 'IndicatorValue', before.get(keyOf(c))?.id ?? null, 'update', c.indicator_id, c.scope_id, c.year,
          JSON.stringify({ actual: before.get(keyOf(c))?.actual ?? null }), JSON.stringify({ actual: valueOf(n * RAW_CHUNK + k) })])
        await raw.all(
          `insert into audit_entry (at, user_id, actor_name, source, entity_type, entity_id, action, indicator_id, scope_id, year, old_value, new_value) values ${audit.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          audit.flat(),
        )
      }
    })
    return performance.now() - started
  }
  // Every audit entry the line writes is removed after it: an audit index grown by earlier runs
  // makes each entry's insert dearer on both sides, and the next run would measure another table.
  const [{ last }] = await raw.all('select coalesce(max(id), 0) as last from audit_entry')
  // Timed inside: the versions the grid already holds are read before its clock starts.
  const a = []
  const b = []
  try {
    for (let run = 0; run < RUNS; run++) {
      a.push(await ours())
      b.push(await direct())
    }
  } finally {
    await raw.all('delete from audit_entry where id > ?', [last])
  }
  report.time(`paste of ${cells.length.toLocaleString('en-US')} cells, batches of ${GRID_BATCH}`, { ours: stats(a), raw: stats(b), note: 'a version check and an audit row per cell' }, '≤ 2×')
}

/** One school's table as the grid switches to it, from 10 connections at once: requests per second. */
export async function benchConcurrent(report, { base, cookie, place }) {
  const grid = await gridReads(base, cookie, place)
  const perRun = Number(process.env.BENCH_CONCURRENT_REQUESTS ?? 50)
  const org = place.organizations[0]
  const rates = []
  for (let run = 0; run < RUNS; run++) {
    let left = perRun
    const { ms } = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (left-- > 0) await grid.scope(org)
        }),
      ),
    )
    rates.push((perRun * 1000) / ms)
  }
  report.value(`one school's table, ${CONCURRENCY} connections`, 'req/s', rates, '≥ 4× before', `${perRun} requests a run, ${grid.kind}`)
}

/** Warm: one scope after another, as the grid's «Данные:» switch asks for it (the request only). */
export async function benchScopeSwitch(report, { base, cookie, place }) {
  const grid = await gridReads(base, cookie, place)
  const times = []
  for (let run = 0; run < RUNS; run++)
    for (const org of [null, ...place.organizations.slice(0, 5)]) times.push((await timed(() => grid.scope(org))).ms)
  report.value('one scope\'s table request, warm', 'ms', times, '≤ 150 ms a switch', `API only, ${grid.kind}; the browser line is below`)
}

/** The resident memory of a process, MB, from /proc (Linux). */
function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return Number(m[1]) / 1024
}

/** Spawn to the first answer of /graphql, RUNS fresh servers; the last one, idle, then reads every scope ten times. */
export async function benchColdStartAndMemory(report, { url, place, port }) {
  const starts = []
  let last = null
  for (let run = 0; run < RUNS; run++) {
    if (last) await last.stop()
    const { ms, note } = await timed(() => startBenchServer(url, port))
    starts.push(ms)
    last = note
  }
  try {
    const cookie = await login(last.base)
    const grid = await gridReads(last.base, cookie, place)
    const idle = rssMb(last.child.pid)
    for (let round = 0; round < 10; round++)
      for (const org of [null, ...place.organizations]) await grid.scope(org)
    const after = rssMb(last.child.pid)
    report.value('cold start to first answer', 'ms', starts, '≤ 1 500 ms')
    report.against(`server RSS after every scope ×10 vs idle`, 'MB', [after], [idle], '< 2×', `${place.organizations.length + 1} scopes, ${10 * (place.organizations.length + 1)} requests`)
  } finally {
    await last.stop()
  }
}
