// npm run bench: the lines of issue 9 on SQLite and, when BENCH_DATABASE_URL is set, on
// PostgreSQL; each beside the same work done directly with the database's driver in the same
// run. Builds first when there is no build; builds the synthetic region once and reuses it.
//
//   BENCH_RUNS=5                 interleaved runs per line (medians, min, max)
//   BENCH_REGION=60x40x150       municipalities x schools x indicators of the synthetic region
//   BENCH_DATABASE_URL=postgres://…  also on PostgreSQL (that database gets the region)
//   BENCH_LINES=api,grid         which lines: api (all of table, paging, csv, paste, concurrent, scope,
//                                cold: each can be named alone) and grid (the browser, SQLite only)
//   BENCH_PAGE_ROWS=100000       rows paged through indicatorValues per run
//   BENCH_CSV=region             the CSV of the whole region instead of one municipality
//   BENCH_PASTE_CELLS=10000      cells of the paste
//   BENCH_SERVER=dist/server/main.js  the server build to measure
import '../../scripts/ensure-build.mjs'
import { execSync } from 'node:child_process'
import { RUNS, Report } from './figures.mjs'
import { ensureRegion, openRaw, regionSize } from './bench-db.mjs'
import * as api from './api-bench.mjs'

const API_LINES = ['table', 'paging', 'csv', 'paste', 'concurrent', 'scope', 'cold']
const asked = (process.env.BENCH_LINES ?? 'api,grid').split(',')
const lines = new Set(asked.flatMap((l) => (l === 'api' ? API_LINES : [l])))
const size = regionSize()
const engines = ['sqlite', ...(process.env.BENCH_DATABASE_URL ? ['postgresql'] : [])]
const commit = execSync('git rev-parse --short HEAD').toString().trim()
const dirty = execSync('git status --porcelain -- server client').toString().trim() ? ' (with uncommitted changes)' : ''
console.log(`Ориентир bench: commit ${commit}${dirty}, server ${process.env.BENCH_SERVER ?? 'dist/server/main.js'}, region ${size.name}, ${RUNS} runs, Node ${process.version}, ${new Date().toISOString()}\n`)

for (const engine of engines) {
  const region = ensureRegion(engine, size)
  console.log(`${engine}: region ready in ${(region.seedMs / 1000).toFixed(1)} s${region.fresh ? ' (built now)' : ' (reused)'}`)
  const raw = await openRaw(region.url)
  // PostgreSQL plans by the statistics autovacuum keeps on any running server; where it is off (as
  // on the shared bench machine) a region seeded in bulk has none, and both our queries and the
  // raw references would be planned blind.
  if (raw.engine === 'postgresql') await raw.all('analyze')
  const port = 45000 + Math.floor(Math.random() * 10000)
  const server = await api.startBenchServer(region.url, port)
  const report = new Report()
  try {
    const place = await api.pickMunicipality(raw)
    const ctx = { base: server.base, cookie: await api.login(server.base), raw, place, url: region.url, port: port + 1 }
    if (lines.has('table')) await api.benchTable(report, ctx)
    if (lines.has('paging')) await api.benchPaging(report, ctx)
    if (lines.has('csv')) await api.benchCsv(report, ctx)
    if (lines.has('paste')) await api.benchPaste(report, ctx)
    if (lines.has('concurrent')) await api.benchConcurrent(report, ctx)
    if (lines.has('scope')) await api.benchScopeSwitch(report, ctx)
    if (lines.has('grid') && engine === 'sqlite') {
      const { runGridBench } = await import('./grid-bench.mjs')
      console.log('--- browser: the roadmap table (details) ---')
      const grid = await runGridBench({ base: ctx.base, cookie: ctx.cookie, roadmapId: place.roadmapId })
      report.against('grid first render vs AG Grid alone', 'ms', grid.appFirstRender, grid.bareFirstRender, '≤ 1.3×', `${grid.firstRenderRequests} API requests`)
      report.value('grid scope switch (browser)', 'ms', grid.scopeSwitch, '≤ 150 ms')
    }
    await server.stop()
    if (lines.has('cold')) await api.benchColdStartAndMemory(report, ctx)
  } finally {
    if (server.child.exitCode === null) await server.stop()
    await raw.close()
  }
  report.print(`${engine}, region ${size.name} (${RUNS} runs, commit ${commit}${dirty})`)
}
