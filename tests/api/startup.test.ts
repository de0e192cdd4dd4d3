// The compiled server under plain node, as `npm start` runs it, on databases of its own.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { spawnServer, type SpawnedServer } from '../setup/spawn-server.js'

const dir = mkdtempSync(join(tmpdir(), 'orientir-startup-'))
const servers: SpawnedServer[] = []
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()))
  rmSync(dir, { recursive: true, force: true })
})

async function start(env: Record<string, string>): Promise<SpawnedServer> {
  const server = await spawnServer({ ADMIN_PASSWORD: '', TEST_DATABASE_URL: '', ...env })
  servers.push(server)
  return server
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
