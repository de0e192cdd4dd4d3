// API figures at the scale of one municipality (150 indicators × 41 scopes × 8 years).
// Prints medians of repeated runs; asserts nothing — these machines are shared and noisy.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)

export async function startBenchServer(databaseUrl, port) {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, ADMIN_PASSWORD: 'bench-password' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      if (out.includes('Ориентир запущен')) resolve()
    })
    child.once('exit', () => reject(new Error(out)))
  })
  return child
}

export async function benchDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'orientir-bench-'))
  const url = `sqlite:${join(dir, 'bench.sqlite')}`
  const started = performance.now()
  execFileSync(process.execPath, ['dist/server/cli/seed-synthetic.js', '--municipalities', '1', '--schools', '40', '--indicators', '150'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' })
  return { dir, url, seedMs: performance.now() - started }
}

export async function gql(base, cookie, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) })
  const text = await res.text()
  const body = JSON.parse(text)
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500))
  return { data: body.data, bytes: text.length, cookie: res.headers.get('set-cookie')?.split(';')[0] }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
async function measure(label, fn) {
  const times = []
  let extra = ''
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    extra = (await fn(i)) ?? ''
    times.push(performance.now() - t)
  }
  console.log(`${label.padEnd(58)} median ${median(times).toFixed(0).padStart(6)} ms   (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})  ${extra}`)
}

export async function runApiBench() {
  const db = await benchDatabase()
  console.log(`Синтетический муниципалитет: ${(db.seedMs / 1000).toFixed(1)} s на загрузку`)
  const port = 45000 + Math.floor(Math.random() * 10000)
  const server = await startBenchServer(db.url, port)
  const base = `http://127.0.0.1:${port}`
  try {
    const { cookie } = await gql(base, null, 'mutation { login(login: "admin", password: "bench-password") { id } }')
    const { data } = await gql(base, cookie, '{ municipalities { id name isSynthetic roadmaps { id } } }')
    const m = data.municipalities.find((x) => x.isSynthetic)
    const roadmapId = m.roadmaps[0].id
    const tableQuery = `query($id:Int!){ roadmap(id:$id){ indicators { id code name unit valueType decimals goodDirection direction { id }
      values { id year target actual note version status organization { id } } } } }`
    let cells = 0
    await measure('roadmap table, all scopes (the grid\'s load)', async () => {
      const r = await gql(base, cookie, tableQuery, { id: roadmapId })
      cells = r.data.roadmap.indicators.reduce((s, i) => s + i.values.length, 0)
      return `${cells} values, ${(r.bytes / 1e6).toFixed(1)} MB`
    })
    await measure('roadmap table, municipality scope only', async () => {
      const q = tableQuery.replace('values {', 'values(municipalityOnly: true) {')
      const r = await gql(base, cookie, q, { id: roadmapId })
      return `${(r.bytes / 1e3).toFixed(0)} kB`
    })
    await measure('indicatorValues: page through the municipality by 5000', async () => {
      let after = null
      let rows = 0
      for (;;) {
        const r = await gql(base, cookie, 'query($m:Int!,$a:String){ indicatorValues(filter:{municipalityId:$m}, first:5000, after:$a){ pageInfo { hasNextPage endCursor } edges { node { id year target actual status } } } }', { m: m.id, a: after })
        rows += r.data.indicatorValues.edges.length
        if (!r.data.indicatorValues.pageInfo.hasNextPage) break
        after = r.data.indicatorValues.pageInfo.endCursor
      }
      return `${rows} rows`
    })
    const { data: t } = await gql(base, cookie, 'query($id:Int!){ roadmap(id:$id){ indicators { id valueType level } } municipality(id: ' + m.id + ') { organizations { id } } }', { id: roadmapId })
    const countIndicators = t.roadmap.indicators.filter((i) => i.valueType === 'COUNT' && i.level === 'ORGANIZATION').slice(0, 13)
    const orgs = t.municipality.organizations
    await measure('setIndicatorValues: a 500-cell paste, one batch', async (run) => {
      const input = []
      for (const ind of countIndicators) for (const org of orgs) if (input.length < 500) input.push({ indicatorId: ind.id, organizationId: org.id, year: 2023, actual: 100 + run })
      await gql(base, cookie, 'mutation($i:[IndicatorValueInput!]!){ setIndicatorValues(input:$i){ id version } }', { i: input })
      return `${input.length} cells`
    })
    await measure('progress of the roadmap for 2023', async () => {
      await gql(base, cookie, 'query($id:Int!){ progress(roadmapId:$id, year:2023){ counts { met notMet } schoolsAtRisk { value } } }', { id: roadmapId })
    })
    await measure('GET /export/values.csv of the municipality', async () => {
      const res = await fetch(`${base}/export/values.csv?municipalityId=${m.id}`, { headers: { cookie } })
      const text = await res.text()
      return `${(text.length / 1e6).toFixed(1)} MB`
    })
    return { base, cookie, roadmapId, server, db }
  } catch (err) {
    server.kill()
    throw err
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { server, db } = await runApiBench()
  server.kill()
  rmSync(db.dir, { recursive: true, force: true })
}
