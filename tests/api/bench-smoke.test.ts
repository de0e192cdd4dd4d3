// npm run bench is not part of the suite (it takes minutes); this runs its API part once on a
// tiny region, so that a change to the schema or the tables that breaks the benchmark shows here.
// It checks that every line is measured, never how fast.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'orientir-bench-smoke-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run bench', () => {
  it('measures every API line against its raw reference on a 1 × 2 × 5 region', async () => {
    // SQLite only: the region goes to a file of its own, never into the suite's database.
    const env: NodeJS.ProcessEnv = { ...process.env, BENCH_REGION: '1x2x5', BENCH_RUNS: '1', BENCH_LINES: 'api', BENCH_DATA_DIR: dir, BENCH_CONCURRENT_REQUESTS: '10' }
    delete env.BENCH_DATABASE_URL
    const { stdout } = await promisify(execFile)(process.execPath, ['tests/bench/run.mjs'], { env, timeout: 60_000 })
    const row = (label: string) => stdout.split('\n').find((line) => line.startsWith(`| ${label}`))?.split('|').map((c) => c.trim())
    const figure = /^[\d,.]+ (ms|rows\/s|req\/s|MB) \(/
    for (const label of ['whole municipal table', 'indicatorValues paging', 'CSV, one municipality', 'paste of', 'server RSS']) {
      const cells = row(label)
      expect(cells, label).toBeDefined()
      expect(cells![2], label).toMatch(figure)
      expect(cells![3], label).toMatch(figure)
      expect(cells![4], label).toMatch(/^\d+\.\d\d×$/)
    }
    for (const label of ["one school's table", "one scope's table request", 'cold start']) expect(row(label)?.[2], label).toMatch(figure)
    expect(row('whole municipal table')![6]).toMatch(/^120 values/)
  }, 90_000)
})
