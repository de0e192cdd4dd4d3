// npm run bench: every benchmark, printing figures. Builds first when there is no build.
import '../../scripts/ensure-build.mjs'
import { rmSync } from 'node:fs'

const { runApiBench } = await import('./api-bench.mjs')
console.log('=== API ===')
const { server, db, base, cookie, roadmapId } = await runApiBench()
try {
  const { runGridBench } = await import('./grid-bench.mjs')
  console.log('=== Browser: the roadmap table ===')
  await runGridBench({ base, cookie, roadmapId })
} finally {
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill()
  await exited
  rmSync(db.dir, { recursive: true, force: true })
}
