// npm start: build if needed, then run the compiled server under plain node.
import { spawn } from 'node:child_process'
import './ensure-build.mjs'

const child = spawn(process.execPath, ['dist/server/main.js'], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 1))
