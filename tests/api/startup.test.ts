// The compiled server under plain node, as `npm start` runs it, on databases of its own.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'orientir-startup-'))
const children: ChildProcess[] = []
afterAll(() => {
  for (const c of children) c.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
})

async function start(env: Record<string, string>): Promise<{ url: string; output: () => string; stop: () => Promise<void> }> {
  const port = 40000 + Math.floor(Math.random() * 20000)
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, ADMIN_PASSWORD: '', TEST_DATABASE_URL: '', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
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
    output: () => output,
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    }),
  }
}

async function post(url: string, query: string, cookie?: string) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query }) })
  return { body: (await res.json()) as any, cookie: res.headers.get('set-cookie')?.split(';')[0] }
}

describe('first start on an empty database', () => {
  const databaseUrl = `sqlite:${join(dir, 'fresh.sqlite')}`

  it('prints a generated admin password once, seeds the five municipalities and serves the client', async () => {
    const server = await start({ DATABASE_URL: databaseUrl })
    const password = /пароль (\S+) \(показан один раз/.exec(server.output())?.[1]
    expect(password).toBeTruthy()
    const login = await post(server.url, `mutation { login(login: "admin", password: "${password}") { role } }`)
    expect(login.body.data.login.role).toBe('ADMIN')
    const { body } = await post(server.url, '{ municipalities { name } }', login.cookie)
    expect(body.data.municipalities).toHaveLength(5)
    const page = await fetch(`${server.url}/`)
    expect(await page.text()).toMatch(/<div id="app">/)
    await server.stop()

    const again = await start({ DATABASE_URL: databaseUrl })
    expect(again.output()).not.toMatch(/пароль/)
    expect(again.output()).not.toMatch(/загружены данные/)
    await again.stop()
  })
})

describe('reading a whole roadmap', () => {
  it('takes a handful of SQL queries, not one per row', async () => {
    const server = await start({ DATABASE_URL: `sqlite:${join(dir, 'queries.sqlite')}`, ADMIN_PASSWORD: 'queries-test', ORM_DEBUG: '1' })
    const { cookie } = await post(server.url, 'mutation { login(login: "admin", password: "queries-test") { id } }')
    const tree = `{ roadmap(id: 2) { title directions { code children { code indicators { code } } indicators { code direction { code }
      values { year target actual status deviation organization { name } municipality { name } indicator { code } } } } } }`
    await post(server.url, tree, cookie) // warm up: the session lookup and the like
    const before = (server.output().match(/\[query\]/g) ?? []).length
    const { body } = await post(server.url, tree, cookie)
    const queries = (server.output().match(/\[query\]/g) ?? []).length - before
    const values = body.data.roadmap.directions.flatMap((d: any) => d.indicators.flatMap((i: any) => i.values))
    expect(values.length).toBeGreaterThan(80)
    expect(queries).toBeLessThanOrEqual(12)
    await server.stop()
  })
})
