// npm test: type checks, lint and build, then the whole suite — unit and API on SQLite, the API again on PostgreSQL
// when TEST_DATABASE_URL is set, then the browser tests. Prints one summary line at the end.
import { execSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The browser tests drive Debian's Chromium; a fresh machine may not have it yet.
if (!existsSync('/usr/bin/chromium') && process.getuid?.() === 0) {
  console.log('Chromium не найден — ставлю из пакетов Debian (apt-get install chromium)…')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
}

// The client and the tests are type-checked apart from the build (Vite and Vitest only strip
// the types), and everything is linted; an error or a lint warning stops the run here.
execSync('npm run typecheck', { stdio: 'inherit' })
execSync('npm run lint', { stdio: 'inherit' })
execSync('npm run build', { stdio: 'inherit' })

const out = mkdtempSync(join(tmpdir(), 'orientir-vitest-'))
const runs = [{ label: 'SQLite', projects: ['unit', 'api', 'e2e'], env: { TEST_DATABASE_URL: '' } }]
if (process.env.TEST_DATABASE_URL) runs.push({ label: 'PostgreSQL', projects: ['api'], env: {} })

let passed = 0
let failed = 0
let exitCode = 0
for (const [i, run] of runs.entries()) {
  console.log(`\n=== Тесты: ${run.label} (${run.projects.join(', ')}) ===`)
  const report = join(out, `report-${i}.json`)
  const args = ['vitest', 'run', ...run.projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...run.env } })
  if (result.status !== 0) exitCode = 1
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'))
    passed += json.numPassedTests
    failed += json.numFailedTests
    if (json.numTotalTests === 0) exitCode = 1
  } catch {
    exitCode = 1
    failed += 1
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`)
process.exit(exitCode)
