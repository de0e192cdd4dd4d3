// Hundreds of malformed and hostile requests (see hostile-corpus.ts): each gets a 4xx (or 200 with
// errors, as GraphQL over HTTP allows for application/json), a JSON body with an error code that is
// not INTERNAL_SERVER_ERROR and a Russian message; and afterwards every table is as it was.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { admin, baseUrl, ok, type Caller } from './client.js'
import { hashTables } from './database-hash.js'
import { BALTIYSK } from './fixtures.js'
import { argumentCases, batchCases, literalCases, requestCases, type Fixtures, type HostileRequest } from './hostile-corpus.js'

// Phrases of Apollo's, Express's and graphql-js's English messages that must not reach a user.
const ENGLISH = /\b(the|must|cannot|expected|unexpected|provided|invalid|unknown|does not|blocked|missing|was not|of type|got|error|syntax|operation|request|body)\b/i
const CYRILLIC = /[А-Яа-яЁё]/

// Using a token records when it was last used (once a minute): the one write a read may do.
const IGNORED_COLUMNS = ['api_token.last_used_at']

const adminCaller = await admin()
const fixtures = await loadFixtures(adminCaller)
const token = await ok<{ createApiToken: { token: string } }>(
  'mutation { createApiToken(name: "Корпус BI", role: BI) { token } }', {}, adminCaller,
)
const tokenCaller: Caller = { token: token.createApiToken.token }

const argumentCorpus = argumentCases(fixtures)
const adminCorpus = [...argumentCorpus, ...literalCases(fixtures), ...batchCases(fixtures), ...requestCases]
// The heaviest requests are sent once, as the admin; the rest of the whole-request table and a
// sample of the argument cases also as the anonymous and as a BI token.
const isHeavy = (c: HostileRequest) => (c.body?.length ?? 0) > 512 * 1024
const sample = [...requestCases.filter((c) => !isHeavy(c)), ...argumentCorpus.filter((c) => !isHeavy(c)).filter((_, i) => i % 10 === 0)]

const outcomes = new Map<string, number>()
let sent = 0
let before: Record<string, string>

async function send(c: HostileRequest, caller: Caller): Promise<{ status: number; contentType: string; text: string }> {
  const headers: Record<string, string> = { ...c.headers }
  if (caller.cookie) headers.cookie = caller.cookie
  if (caller.token) headers.authorization = `Bearer ${caller.token}`
  const method = c.method ?? 'POST'
  const url = `${baseUrl()}/graphql${c.search ? `?${c.search}` : ''}`
  // fetch takes bytes as a Uint8Array; a Buffer is one, but the DOM typings do not say so.
  const body = method === 'GET' || c.body === undefined ? undefined : typeof c.body === 'string' ? c.body : new Uint8Array(c.body)
  const res = await fetch(url, { method, headers, body })
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() }
}

async function expectRefused(c: HostileRequest, caller: Caller): Promise<void> {
  const { status, contentType, text } = await send(c, caller)
  sent++
  const code = /"code":"(\w+)"/.exec(text)?.[1]
  outcomes.set(`${status} ${code}`, (outcomes.get(`${status} ${code}`) ?? 0) + 1)
  expect(status, text.slice(0, 500)).not.toBe(500)
  expect(status === 200 || (status >= 400 && status < 500), `HTTP ${status}: ${text.slice(0, 500)}`).toBe(true)
  expect(contentType, text.slice(0, 500)).toMatch(/json/)
  const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] }
  expect(body.errors?.length, text.slice(0, 500)).toBeGreaterThan(0)
  const [error] = body.errors!
  expect(error.extensions?.code, error.message).toBeTypeOf('string')
  expect(error.extensions?.code, error.message).not.toBe('INTERNAL_SERVER_ERROR')
  expect(error.message).toMatch(CYRILLIC)
  // Names the message quotes («Missing») may be English; the words around them may not.
  expect(error.message.replace(/«[^»]*»/g, '')).not.toMatch(ENGLISH)
  // A refusal names what was wrong; it does not echo a megabyte back.
  expect(error.message.length).toBeLessThan(1000)
}

describe('the hostile corpus', () => {
  beforeAll(async () => {
    before = await hashTables(inject('databaseKind'), inject('databaseUrl'), { ignore: IGNORED_COLUMNS })
  })

  afterAll(() => {
    const counts = [...outcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`).join(', ')
    console.log(`Враждебный корпус (${inject('databaseKind')}): ${adminCorpus.length} запросов администратора и по ${sample.length} анонимно и по токену BI, отправлено ${sent}; ${counts}`)
  })

  it('has at least 300 requests', () => {
    expect(adminCorpus.length).toBeGreaterThanOrEqual(300)
  })

  describe('as the region-wide admin', () => {
    for (const c of adminCorpus) it(`refuses ${c.name}`, () => expectRefused(c, adminCaller))
  })

  describe('as the anonymous', () => {
    for (const c of sample) it(`refuses ${c.name}`, () => expectRefused(c, {}))
  })

  describe('as a BI token', () => {
    for (const c of sample) it(`refuses ${c.name}`, () => expectRefused(c, tokenCaller))
  })

  it('leaves every table as it was', async () => {
    const after = await hashTables(inject('databaseKind'), inject('databaseUrl'), { ignore: IGNORED_COLUMNS })
    expect(after).toEqual(before)
  })
})

async function loadFixtures(caller: Caller): Promise<Fixtures> {
  const { municipalities } = await ok<{ municipalities: { id: number; name: string; organizations: { id: number }[]; roadmaps: { id: number }[] }[] }>(
    '{ municipalities { id name organizations { id } roadmaps { id } } }', {}, caller,
  )
  const m = municipalities.find((x) => x.name === BALTIYSK)!
  const roadmapId = m.roadmaps[0].id
  const { roadmap, measures } = await ok<{ roadmap: { allDirections: { id: number }[]; indicators: { id: number }[] }; measures: { edges: { node: { id: number } }[] } }>(
    'query($id: Int!) { roadmap(id: $id) { allDirections { id } indicators { id } } measures(first: 1, filter: { roadmapId: $id }) { edges { node { id } } } }',
    { id: roadmapId }, caller,
  )
  const { createApiToken } = await ok<{ createApiToken: { apiToken: { id: number } } }>(
    'mutation { createApiToken(name: "Корпус: токен для отзыва", role: BI) { apiToken { id } } }', {}, caller,
  )
  return {
    municipalityId: m.id,
    organizationId: m.organizations[0].id,
    roadmapId,
    directionId: roadmap.allDirections[0].id,
    indicatorId: roadmap.indicators[0].id,
    measureId: measures.edges[0].node.id,
    apiTokenId: createApiToken.apiToken.id,
  }
}
