// Many clients writing the same cells and measure statuses at the same moment, over HTTP to the
// running server, on whichever engine the suite runs. A conditional write (expectedVersion)
// that lost the race gets CONFLICT; an unconditional one never fails for a concurrent one; every
// acknowledged write is in the history, and versions count the acknowledged writes one by one.
import 'reflect-metadata'
import { MikroORM } from '@mikro-orm/core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { AuditEntry } from '../../server/modules/audit/audit-entry.entity.js'
import { ormOptions } from '../../server/orm.js'
import { admin, baseUrl, ok, userWithRole, type Caller } from './client.js'
import { cell } from './fixtures.js'

const CLIENTS = 24
const ROUNDS = 4
// Rounds of many writers queue behind each other's row locks; a loaded machine takes its time.
const SLOW = { timeout: 180_000 }

const SET_VALUES = 'mutation($i:[IndicatorValueInput!]!){ setIndicatorValues(input:$i){ year actual version indicator { id } organization { id } } }'
const SET_STATUSES = 'mutation($i:[MeasureStatusInput!]!){ setMeasureStatuses(input:$i){ id year status note version } }'

interface Outcome {
  status: number
  data: Record<string, any> | null
  code: string | null
  message: string | null
  extensions: Record<string, any> | null
}

/** Every response of the test, to report the counts and to assert that none was a 500. */
const outcomes: Outcome[] = []

async function send(query: string, variables: object, caller: Caller): Promise<Outcome> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (caller.cookie) headers.cookie = caller.cookie
  if (caller.token) headers.authorization = `Bearer ${caller.token}`
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
  const text = await res.text()
  let body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] }
  try {
    body = JSON.parse(text)
  } catch {
    body = { errors: [{ message: text.slice(0, 200), extensions: { code: 'NOT_JSON' } }] }
  }
  const error = body.errors?.[0]
  const outcome = { status: res.status, data: body.data ?? null, code: error?.extensions?.code ?? null, message: error?.message ?? null, extensions: error?.extensions ?? null }
  outcomes.push(outcome)
  return outcome
}

/** Fires all requests at once, each from one of the clients in turn. */
const together = (count: number, request: (i: number, caller: Caller) => Promise<Outcome>): Promise<Outcome[]> =>
  Promise.all(Array.from({ length: count }, (_, i) => request(i, clients[i % clients.length])))

const succeeded = (list: Outcome[]) => list.filter((o) => o.code === null)
const conflicted = (list: Outcome[]) => list.filter((o) => o.code === 'CONFLICT')

/** Consecutive versions from `from` on: no write lost its version, none got two. */
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i)

let clients: Caller[]
const ids: Record<string, number> = {}
let orm: MikroORM

async function history(indicatorId: number, organizationId: number | null, year: number): Promise<{ before: any; after: any }[]> {
  const { valueHistory } = await ok<any>(
    'query($i:Int!,$o:Int,$y:Int!){ valueHistory(indicatorId:$i, organizationId:$o, year:$y){ id oldValue newValue } }',
    { i: indicatorId, o: organizationId, y: year },
    clients[0],
  )
  return [...valueHistory].reverse().map((e: any) => ({ before: JSON.parse(e.oldValue ?? 'null'), after: JSON.parse(e.newValue) }))
}

/** The measure status audit has no query of its own in the API, so it is read from the database. */
async function statusHistory(statusId: number): Promise<{ before: any; after: any }[]> {
  const entries = await orm.em.fork().find(AuditEntry, { entityType: 'MeasureStatus', entityId: statusId }, { orderBy: { id: 'asc' } })
  return entries.map((e) => ({ before: JSON.parse(e.oldValue ?? 'null'), after: JSON.parse(e.newValue ?? 'null') }))
}

/** Each entry starts from what the one before it left: nothing was overwritten unseen. */
function expectUnbrokenChain(entries: { before: any; after: any }[], field: string) {
  entries.slice(1).forEach((entry, i) => expect(entry.before?.[field], `entry ${i + 2} of ${entries.length}`).toEqual(entries[i].after[field]))
}

beforeAll(async () => {
  const a = await admin()
  ids.m = (await ok<any>('mutation{ createMunicipality(name:"Округ одновременных правок", region:"Тест"){ id } }', {}, a)).createMunicipality.id
  ids.r = (await ok<any>('mutation($i:CreateRoadmapInput!){ createRoadmap(input:$i){ id } }', { i: { municipalityId: ids.m, title: 'Одновременные правки', periodFrom: 2021, periodTo: 2025 } }, a)).createRoadmap.id
  ids.d = (await ok<any>('mutation($i:CreateDirectionInput!){ createDirection(input:$i){ id } }', { i: { roadmapId: ids.r, code: '1', title: 'Направление' } }, a)).createDirection.id
  const indicator = async (code: string, level: string) =>
    (await ok<any>('mutation($i:CreateIndicatorInput!){ createIndicator(input:$i){ id } }', {
      i: { directionId: ids.d, code, name: `Число участников ${code}`, unit: 'чел.', valueType: 'COUNT', goodDirection: 'UP', level, rollup: 'SUM' },
    }, a)).createIndicator.id
  ids.municipal = await indicator('М', 'MUNICIPALITY')
  ids.school = await indicator('Ш', 'ORGANIZATION')
  ids.org = (await ok<any>('mutation($i:CreateOrganizationInput!){ createOrganization(input:$i){ id } }', { i: { municipalityId: ids.m, name: 'Школа одновременных правок', shortName: 'ШОП' } }, a)).createOrganization.id
  ids.measure = (await ok<any>('mutation($i:CreateMeasureInput!){ createMeasure(input:$i){ id } }', {
    i: { directionId: ids.d, code: '1.1', text: 'Мероприятие одновременных правок', deadlineText: 'Ежегодно', responsibleText: 'Управление образования' },
  }, a)).createMeasure.id

  const specialists = await Promise.all([1, 2, 3].map(() => userWithRole('SPECIALIST', { municipalityId: ids.m })))
  clients = [a, ...specialists]
  orm = await MikroORM.init(ormOptions(inject('databaseUrl'), { pool: { min: 0, max: 1 } }))
})

afterAll(async () => {
  await orm?.close()
  const count = (code: string | null) => outcomes.filter((o) => o.code === code).length
  console.log(
    `[${inject('databaseKind')}] concurrency: ${outcomes.length} writes — ${count(null)} written, ${count('CONFLICT')} CONFLICT, ` +
      `${outcomes.filter((o) => o.status >= 500 || o.code === 'INTERNAL_SERVER_ERROR').length} server errors, ` +
      `${outcomes.filter((o) => o.code !== null && o.code !== 'CONFLICT').length} other refusals`,
  )
})

describe('many clients writing the same indicator cells', SLOW, () => {
  it.each([
    ['a municipality cell', () => ({ indicatorId: ids.municipal, organizationId: null, year: 2021 })],
    ['a school cell', () => ({ indicatorId: ids.school, organizationId: ids.org, year: 2021 })],
  ])('with the same expectedVersion lets exactly one writer of %s win each round, from the first insert on', async (_name, at) => {
    const key = at()
    const wins: { actual: number; version: number }[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const version = (await cell(clients[0], key.indicatorId, key.year, key.organizationId))?.version ?? 0
      const list = await together(CLIENTS, (i, caller) => send(SET_VALUES, { i: [{ ...key, actual: 1000 * round + i, expectedVersion: version }] }, caller))
      expect(list.filter((o) => o.code !== null && o.code !== 'CONFLICT'), 'only CONFLICT may refuse').toEqual([])
      const won = succeeded(list)
      expect(won, `round ${round}: one winner`).toHaveLength(1)
      const winner = won[0].data!.setIndicatorValues[0]
      expect(winner.version).toBe(version + 1)
      wins.push({ actual: winner.actual, version: winner.version })
      for (const lost of conflicted(list)) {
        expect(lost.message).toMatch(/другой пользователь/)
        expect(lost.extensions!.cells).toEqual([expect.objectContaining({ expectedVersion: version, currentVersion: version + 1, actual: winner.actual })])
      }
    }
    expect(wins.map((w) => w.version)).toEqual(range(1, ROUNDS))
    expect(await cell(clients[0], key.indicatorId, key.year, key.organizationId)).toMatchObject({ version: ROUNDS, actual: wins.at(-1)!.actual })
    const entries = await history(key.indicatorId, key.organizationId, key.year)
    expect(entries.map((e) => e.after.actual)).toEqual(wins.map((w) => w.actual))
    expectUnbrokenChain(entries, 'actual')
  })

  it.each([
    ['a municipality cell', () => ({ indicatorId: ids.municipal, organizationId: null, year: 2022 })],
    ['a school cell', () => ({ indicatorId: ids.school, organizationId: ids.org, year: 2022 })],
  ])('writes every unconditional write of %s, from the first insert on, each with its own version and history entry', async (_name, at) => {
    const key = at()
    const acked: { actual: number; version: number }[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const list = await together(CLIENTS, (i, caller) => send(SET_VALUES, { i: [{ ...key, actual: 1000 * round + i }] }, caller))
      expect(list.filter((o) => o.code !== null), 'no refusal').toEqual([])
      for (const o of list) acked.push(o.data!.setIndicatorValues[0])
    }
    const byVersion = [...acked].sort((x, y) => x.version - y.version)
    expect(byVersion.map((w) => w.version)).toEqual(range(1, ROUNDS * CLIENTS))
    expect(await cell(clients[0], key.indicatorId, key.year, key.organizationId)).toMatchObject({ version: ROUNDS * CLIENTS, actual: byVersion.at(-1)!.actual })
    const entries = await history(key.indicatorId, key.organizationId, key.year)
    expect(entries.map((e) => e.after.actual)).toEqual(byVersion.map((w) => w.actual))
    expectUnbrokenChain(entries, 'actual')
  })

  it('mixes conditional and unconditional batches of two cells in both orders: unconditional ones all land, conditional ones conflict unless first', async () => {
    const cells = [
      { indicatorId: ids.municipal, organizationId: null, year: 2023 },
      { indicatorId: ids.school, organizationId: ids.org, year: 2023 },
    ]
    const acked: { actual: number; version: number }[][] = [[], []]
    let conditionalWins = 0
    for (let round = 0; round < ROUNDS; round++) {
      const versions = await Promise.all(cells.map(async (c) => (await cell(clients[0], c.indicatorId, c.year, c.organizationId))?.version ?? 0))
      const list = await together(CLIENTS, (i, caller) => {
        const isConditional = i % 2 === 0
        const order = i % 4 < 2 ? [0, 1] : [1, 0]
        const input = order.map((k) => ({ ...cells[k], actual: 1000 * round + i, ...(isConditional ? { expectedVersion: versions[k] } : {}) }))
        return send(SET_VALUES, { i: input }, caller)
      })
      list.forEach((o, i) => {
        const isConditional = i % 2 === 0
        if (!isConditional) expect(o.code, `unconditional write ${i} of round ${round}`).toBeNull()
        else expect([null, 'CONFLICT']).toContain(o.code)
        if (o.code !== null) return
        if (isConditional) conditionalWins++
        for (const row of o.data!.setIndicatorValues) acked[row.organization ? 1 : 0].push({ actual: row.actual, version: row.version })
      })
      expect(succeeded(list.filter((_, i) => i % 2 === 0)).length, `round ${round}: at most one conditional winner`).toBeLessThanOrEqual(1)
    }
    for (const [k, c] of cells.entries()) {
      const byVersion = [...acked[k]].sort((x, y) => x.version - y.version)
      expect(byVersion.map((w) => w.version)).toEqual(range(1, byVersion.length))
      expect(await cell(clients[0], c.indicatorId, c.year, c.organizationId)).toMatchObject({ version: byVersion.length, actual: byVersion.at(-1)!.actual })
      const entries = await history(c.indicatorId, c.organizationId, c.year)
      expect(entries.map((e) => e.after.actual)).toEqual(byVersion.map((w) => w.actual))
      expectUnbrokenChain(entries, 'actual')
    }
    expect(acked[0].length).toBe(ROUNDS * (CLIENTS / 2) + conditionalWins)
  })
})

describe('many clients setting the same measure status', SLOW, () => {
  it('with the same expectedVersion lets exactly one writer win each round; the others get CONFLICT with the current status and version', async () => {
    const year = 2021
    const wins: { id: number; note: string; version: number }[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const version = wins.at(-1)?.version ?? 0
      const list = await together(CLIENTS, (i, caller) =>
        send(SET_STATUSES, { i: [{ measureId: ids.measure, year, status: 'IN_PROGRESS', note: `раунд ${round}, клиент ${i}`, expectedVersion: version }] }, caller))
      expect(list.filter((o) => o.code !== null && o.code !== 'CONFLICT'), 'only CONFLICT may refuse').toEqual([])
      const won = succeeded(list)
      expect(won, `round ${round}: one winner`).toHaveLength(1)
      const winner = won[0].data!.setMeasureStatuses[0]
      expect(winner.version).toBe(version + 1)
      wins.push(winner)
      for (const lost of conflicted(list)) {
        expect(lost.message).toMatch(/другой пользователь/)
        expect(lost.extensions).toMatchObject({ measureId: ids.measure, year, expectedVersion: version, currentVersion: version + 1, status: 'IN_PROGRESS', note: winner.note })
      }
    }
    expect(wins.map((w) => w.version)).toEqual(range(1, ROUNDS))
    const entries = await statusHistory(wins[0].id)
    expect(entries.map((e) => e.after.note)).toEqual(wins.map((w) => w.note))
    expectUnbrokenChain(entries, 'note')
  })

  it('writes every unconditional status, from the first insert on, each with its own version and audit entry', async () => {
    const year = 2022
    const acked: { id: number; note: string; version: number }[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const list = await together(CLIENTS, (i, caller) =>
        send(SET_STATUSES, { i: [{ measureId: ids.measure, year, status: i % 2 ? 'DONE' : 'IN_PROGRESS', note: `раунд ${round}, клиент ${i}` }] }, caller))
      expect(list.filter((o) => o.code !== null), 'no refusal').toEqual([])
      for (const o of list) acked.push(o.data!.setMeasureStatuses[0])
    }
    const byVersion = [...acked].sort((x, y) => x.version - y.version)
    expect(byVersion.map((w) => w.version)).toEqual(range(1, ROUNDS * CLIENTS))
    const { measures } = await ok<any>('query($m:Int!){ measures(filter:{ municipalityId:$m }, first: 10){ edges { node { id statuses { year note version } } } } }', { m: ids.m }, clients[0])
    expect(measures.edges[0].node.statuses.find((s: any) => s.year === year)).toMatchObject({ version: ROUNDS * CLIENTS, note: byVersion.at(-1)!.note })
    const entries = await statusHistory(acked[0].id)
    expect(entries.map((e) => e.after.note)).toEqual(byVersion.map((w) => w.note))
    expectUnbrokenChain(entries, 'note')
  })
})

describe('every write of this file', () => {
  it('got an answer in JSON and none was a server error', () => {
    expect(outcomes.length).toBeGreaterThan(0)
    expect(outcomes.filter((o) => o.status >= 500 || o.code === 'INTERNAL_SERVER_ERROR' || o.code === 'NOT_JSON')).toEqual([])
  })
})
