// npm run bench: every benchmark, printing figures. Builds first when there is no build.
import '../../scripts/ensure-build.mjs'

const { runApiBench } = await import('./api-bench.mjs')
console.log('=== API ===')
const { server, db } = await runApiBench()
server.kill()
const { rmSync } = await import('node:fs')
rmSync(db.dir, { recursive: true, force: true })
