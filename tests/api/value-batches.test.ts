// Batches larger than one statement of the values service (1000 cells): new and stored cells
// mixed, answered in the order sent, audited one entry per cell, and refused whole when a cell
// of a later chunk is stale. On its own municipality, so no other test's cells move.
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, errorCode, gql, ok, userWithRole, type Caller } from './client.js'
import { SET_VALUES } from './fixtures.js'

const INDICATORS = 24
const SCHOOLS = 10
const YEARS = [2021, 2022, 2023, 2024, 2025]

let specialist: Caller
const cells: { indicatorId: number; organizationId: number; year: number }[] = []

beforeAll(async () => {
  const a = await admin()
  const m = (await ok<any>('mutation{ createMunicipality(name:"Округ больших пакетов", region:"Тест"){ id } }', {}, a)).createMunicipality.id
  const r = (await ok<any>('mutation($i:CreateRoadmapInput!){ createRoadmap(input:$i){ id } }', { i: { municipalityId: m, title: 'Большие пакеты', periodFrom: 2021, periodTo: 2025 } }, a)).createRoadmap.id
  const d = (await ok<any>('mutation($i:CreateDirectionInput!){ createDirection(input:$i){ id } }', { i: { roadmapId: r, code: '1', title: 'Направление' } }, a)).createDirection.id
  const indicators: number[] = []
  for (let i = 0; i < INDICATORS; i++)
    indicators.push((await ok<any>('mutation($i:CreateIndicatorInput!){ createIndicator(input:$i){ id } }', {
      i: { directionId: d, code: `П${i}`, name: `Число участников ${i}`, unit: 'чел.', valueType: 'COUNT', goodDirection: 'UP', level: 'ORGANIZATION', rollup: 'SUM' },
    }, a)).createIndicator.id)
  const schools: number[] = []
  for (let s = 0; s < SCHOOLS; s++)
    schools.push((await ok<any>('mutation($i:CreateOrganizationInput!){ createOrganization(input:$i){ id } }', { i: { municipalityId: m, name: `Школа больших пакетов ${s}`, shortName: `ШБП${s}` } }, a)).createOrganization.id)
  for (const indicatorId of indicators) for (const organizationId of schools) for (const year of YEARS) cells.push({ indicatorId, organizationId, year })
  specialist = await userWithRole('SPECIALIST', { municipalityId: m })
})

const history = async (c: (typeof cells)[number]) =>
  (await ok<any>(
    'query($i:Int!,$o:Int,$y:Int!){ valueHistory(indicatorId:$i, organizationId:$o, year:$y){ action oldValue newValue } }',
    { i: c.indicatorId, o: c.organizationId, y: c.year },
    specialist,
  )).valueHistory

describe('a batch of more than 1000 cells', () => {
  it('writes stored and new cells together, answers in the order sent and audits each once', async () => {
    expect(cells).toHaveLength(1200)
    const stored = cells.slice(0, 600)
    await ok(SET_VALUES, { input: stored.map((c) => ({ ...c, actual: 1, expectedVersion: 0 })) }, specialist)

    // Stored cells in the first half, new ones in the second, sent in reverse: both chunks mix nothing else.
    const input = [...cells].reverse().map((c, i) => ({ ...c, actual: 10 + i, expectedVersion: stored.includes(c) ? 1 : 0 }))
    const { setIndicatorValues } = await ok<any>(SET_VALUES, { input }, specialist)
    expect(setIndicatorValues).toHaveLength(1200)
    setIndicatorValues.forEach((row: any, i: number) => {
      expect(row).toMatchObject({ year: input[i].year, actual: input[i].actual, version: input[i].expectedVersion + 1, status: 'NO_TARGET' })
      expect(row.indicator.id).toBe(input[i].indicatorId)
      expect(row.organization.id).toBe(input[i].organizationId)
    })
    expect(new Set(setIndicatorValues.map((r: any) => r.id)).size).toBe(1200)

    const storedEntries = await history(cells[0])
    expect(storedEntries.map((e: any) => [e.action, JSON.parse(e.oldValue ?? 'null'), JSON.parse(e.newValue)])).toEqual([
      ['update', { actual: 1 }, { actual: 10 + 1199 }],
      ['create', null, { target: null, actual: 1, note: null }],
    ])
    const fresh = await history(cells[1199])
    expect(fresh.map((e: any) => [e.action, JSON.parse(e.oldValue ?? 'null'), JSON.parse(e.newValue)])).toEqual([['create', null, { target: null, actual: 10, note: null }]])
  })

  it('refuses the whole batch with CONFLICT when one cell of its second thousand is stale, and writes none of it', async () => {
    const input = cells.map((c, i) => ({ ...c, actual: 5000 + i, expectedVersion: i < 600 ? 2 : 1 }))
    input[1100].expectedVersion = 0
    const res = await gql(SET_VALUES, { input }, specialist)
    expect(errorCode(res)).toBe('CONFLICT')
    expect(res.errors![0].extensions!.cells).toEqual([expect.objectContaining({ ...cells[1100], expectedVersion: 0, currentVersion: 1, actual: 10 + 1199 - 1100 })])
    expect(await history(cells[0])).toHaveLength(2)
    expect(await history(cells[1199])).toHaveLength(1)
  })
})
