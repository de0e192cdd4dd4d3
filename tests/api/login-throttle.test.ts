// Throttling of failed logins, through a second server process on the test server's database with
// the default limits but a short lock (LOGIN_LOCK_SECONDS=5); the shared test server (whose limits
// are raised so that other test files are never locked out) records failures into the same tables,
// as several processes on one database do in production.
// Each test speaks from its own address (X-Forwarded-For, trusted from loopback), so the other
// test files, which all come from 127.0.0.1, are not locked out.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { spawnServer, type SpawnedServer } from '../setup/spawn-server.js'
import { ADMIN_PASSWORD, baseUrl, ok, admin } from './client.js'

const PASSWORD = 'password-123'
let second: SpawnedServer

const startSecond = (env: Record<string, string>): Promise<SpawnedServer> =>
  spawnServer({ DATABASE_URL: inject('databaseUrl'), ADMIN_PASSWORD, NODE_ENV: 'test', ...env })

beforeAll(async () => {
  second = await startSecond({ LOGIN_LOCK_SECONDS: '5', LOGIN_FREE_FAILURES: '5', LOGIN_ADDRESS_FREE_FAILURES: '4' })
}, 120_000)

afterAll(() => second?.stop())

let counter = 0
async function newUser(): Promise<string> {
  const loginName = `throttle_${process.pid}_${++counter}_${Date.now() % 100000}`
  await ok('mutation($i:CreateUserInput!){ createUser(input:$i){ id } }', { i: { login: loginName, name: 'Тест входа', password: PASSWORD, role: 'MANAGER' } }, await admin())
  return loginName
}

interface Attempt {
  code: string | null
  message: string | null
  extensions: Record<string, any>
  cookie: string | null
}

async function attempt(server: string, loginName: string, password: string, address: string): Promise<Attempt> {
  const res = await fetch(`${server}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: 'mutation($l:String!,$p:String!){ login(login:$l,password:$p){ login } }', variables: { l: loginName, p: password } }),
  })
  const body = (await res.json()) as any
  const error = body.errors?.[0]
  return { code: error?.extensions?.code ?? null, message: error?.message ?? null, extensions: error?.extensions ?? {}, cookie: res.headers.get('set-cookie') }
}

/** Waits until the moment the refusal named: the lock's own end, not a guessed sleep. */
async function untilRetry(refusal: Attempt): Promise<void> {
  const wait = Date.parse(refusal.extensions.retryAt) - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 50))
}

describe('failed logins', { timeout: 120_000 }, () => {
  it('after five failures refuse every further attempt, the right password too, with the wait in Russian; after it the right one works', async () => {
    const loginName = await newUser()
    for (let i = 0; i < 5; i++) {
      const wrong = await attempt(second.url, loginName, `guess-${i}`, `192.0.2.${100 + i}`)
      expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Неверный логин или пароль' })
    }
    // The attack: a stream of guesses, here from ever new addresses. None is checked any more.
    for (let i = 0; i < 10; i++) expect((await attempt(second.url, loginName, `guess-more-${i}`, `192.0.2.${110 + i}`)).code).toBe('TOO_MANY_REQUESTS')

    const refused = await attempt(second.url, loginName, PASSWORD, '192.0.2.11')
    expect(refused.code).toBe('TOO_MANY_REQUESTS')
    expect(refused.message).toMatch(/^Слишком много неудачных попыток входа\. Вход временно закрыт: повторите через \d+ с$/)
    expect(refused.extensions).toMatchObject({ lockSeconds: 5 })
    expect(refused.extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1)
    expect(refused.extensions.retryAfterSeconds).toBeLessThanOrEqual(5)
    expect(refused.cookie).toBeNull()

    await untilRetry(refused)
    const accepted = await attempt(second.url, loginName, PASSWORD, '192.0.2.11')
    expect(accepted.code).toBeNull()
    expect(accepted.cookie).toMatch(/^orientir_session=/)
    // A successful login forgives the login's failures: the next typo is only a typo.
    expect((await attempt(second.url, loginName, 'typo', '192.0.2.11')).code).toBe('UNAUTHENTICATED')
  })

  it('doubles the wait with each failure after the free ones', async () => {
    const loginName = await newUser()
    for (let i = 0; i < 5; i++) expect((await attempt(second.url, loginName, `guess-${i}`, `192.0.2.${130 + i}`)).code).toBe('UNAUTHENTICATED')
    const first = await attempt(second.url, loginName, PASSWORD, '192.0.2.20')
    expect(first.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', lockSeconds: 5 })
    await untilRetry(first)
    expect((await attempt(second.url, loginName, 'guess-6', '192.0.2.21')).code).toBe('UNAUTHENTICATED')
    const next = await attempt(second.url, loginName, PASSWORD, '192.0.2.22')
    expect(next.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', lockSeconds: 10 })
  })

  it('throttles one address trying many logins, and not the same login from another address', async () => {
    const loginName = await newUser()
    for (let i = 0; i < 4; i++) expect((await attempt(second.url, `sprayed_${counter}_${i}`, 'Лето2026!', '192.0.2.30')).code).toBe('UNAUTHENTICATED')
    expect((await attempt(second.url, loginName, PASSWORD, '192.0.2.30')).code).toBe('TOO_MANY_REQUESTS')
    expect((await attempt(second.url, loginName, PASSWORD, '192.0.2.31')).cookie).toMatch(/^orientir_session=/)
  })

  it('are counted in the database: failures through one server process lock the login on another', async () => {
    const loginName = await newUser()
    for (let i = 0; i < 5; i++) expect((await attempt(baseUrl(), loginName, `guess-${i}`, `192.0.2.${140 + i}`)).code).toBe('UNAUTHENTICATED')
    expect((await attempt(second.url, loginName, PASSWORD, '192.0.2.41')).extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', lockSeconds: 5 })
  })
})
