// Starts the compiled server under plain node, in production mode as users run it, on a fresh
// database — SQLite by default, PostgreSQL when TEST_DATABASE_URL is set — and hands its
// address to the tests.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { resetPostgres } from './reset-postgres.js'

export const ADMIN_PASSWORD = 'admin-test-password'

let child: ChildProcess | undefined
let tmp: string | undefined

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const pgUrl = process.env.TEST_DATABASE_URL
  let databaseUrl: string
  if (pgUrl) {
    await resetPostgres(pgUrl)
    databaseUrl = pgUrl
  } else {
    tmp = mkdtempSync(join(tmpdir(), 'orientir-test-'))
    databaseUrl = `sqlite:${join(tmp, 'test.sqlite')}`
  }
  const port = 20000 + Math.floor(Math.random() * 20000)
  child = spawn(process.execPath, ['dist/server/main.js'], {
    // Production mode, as users run it. Every test file speaks from 127.0.0.1 and signs in as admin,
    // and the hostile ones send wrong passwords: on this shared server the login throttle must not
    // lock the others out; tests/api/login-throttle.test.ts starts its own process with the real limits.
    env: {
      ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, ADMIN_PASSWORD, NODE_ENV: 'production',
      LOGIN_FREE_FAILURES: '1000', LOGIN_ADDRESS_FREE_FAILURES: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const baseUrl = `http://127.0.0.1:${port}`
  await waitFor(baseUrl, () => output)
  project.provide('baseUrl', baseUrl)
  project.provide('databaseKind', pgUrl ? 'postgresql' : 'sqlite')
  project.provide('databaseUrl', databaseUrl)
  return async () => {
    child?.kill('SIGTERM')
    await new Promise((resolve) => child?.once('exit', resolve))
    if (tmp) rmSync(tmp, { recursive: true, force: true })
  }
}

async function waitFor(baseUrl: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child?.exitCode !== null) throw new Error(`Сервер завершился при старте:\n${output()}`)
    try {
      const res = await fetch(`${baseUrl}/healthz`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`Сервер не ответил за 90 с:\n${output()}`)
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    databaseKind: 'sqlite' | 'postgresql'
    databaseUrl: string
  }
}
