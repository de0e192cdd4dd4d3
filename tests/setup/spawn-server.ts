// A process of the compiled server, as `npm start` runs it, for tests of what a process does: its
// start and exit, and what several processes on one database share.
import { spawn, type ChildProcess } from 'node:child_process'

export interface SpawnedServer {
  url: string
  child: ChildProcess
  /** What the process printed so far, stdout and stderr together. */
  output: () => string
  stop: () => Promise<void>
}

/**
 * Starts dist/server/main.js on a random port with `env` over this process's environment; resolves
 * once the server says it listens, rejects with its output when it exits first.
 */
export async function spawnServer(env: Record<string, string>): Promise<SpawnedServer> {
  const port = 40000 + Math.floor(Math.random() * 20000)
  const child = spawn(process.execPath, ['dist/server/main.js'], { env: { ...process.env, PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('Ориентир запущен')) {
        clearInterval(check)
        resolve()
      } else if (child.exitCode !== null) {
        clearInterval(check)
        reject(new Error(output))
      }
    }, 50)
  })
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    }),
  }
}
