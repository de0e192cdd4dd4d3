// Query.valueTable, the grid's compact read: the same values as roadmap { indicators { values } }
// for the same scope, as columns; the same access; one request for a whole table.
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, errorCode, gql, ok, userWithRole, type Caller } from './client.js'
import { BALTIYSK, roadmapOf } from './fixtures.js'

const COLUMNS = 'rowCount ids indicatorIds organizationIds years targets actuals notes versions statuses deviations'
const TABLE = `query($r:Int!,$o:Int,$m:Boolean,$y:[Int!]){ valueTable(roadmapId:$r, organizationId:$o, municipalityOnly:$m, years:$y){ ${COLUMNS} } }`
const NESTED = `query($r:Int!,$o:Int,$m:Boolean,$y:[Int!]){ roadmap(id:$r){ indicators { id
  values(organizationId:$o, municipalityOnly:$m, years:$y){ id year target actual note version status deviation organization { id } } } } }`

interface Scope {
  o?: number | null
  m?: boolean | null
  y?: number[] | null
}

/** The columns back as one value object per row, keyed as the nested query answers them. */
async function tableRows(caller: Caller, roadmapId: number, scope: Scope) {
  const { valueTable: t } = await ok<{ valueTable: Record<string, any[]> & { rowCount: number } }>(TABLE, { r: roadmapId, ...scope }, caller)
  for (const column of COLUMNS.split(' ').slice(1)) expect(t[column]).toHaveLength(t.rowCount)
  return t.ids.map((id: number, k: number) => ({
    indicatorId: t.indicatorIds[k], id, year: t.years[k], target: t.targets[k], actual: t.actuals[k], note: t.notes[k], version: t.versions[k],
    status: t.statuses[k], deviation: t.deviations[k], organization: t.organizationIds[k] === null ? null : { id: t.organizationIds[k] },
  }))
}

async function nestedRows(caller: Caller, roadmapId: number, scope: Scope) {
  const { roadmap } = await ok<{ roadmap: { indicators: { id: number; values: ({ id: number } & Record<string, unknown>)[] }[] } }>(NESTED, { r: roadmapId, ...scope }, caller)
  return roadmap.indicators.flatMap((i) => i.values.map((v) => ({ indicatorId: i.id, ...v })))
}

const byId = (rows: { id: number }[]) => [...rows].sort((a, b) => a.id - b.id)

let specialist: Caller
let roadmap: Awaited<ReturnType<typeof roadmapOf>>
let school: Caller
let own: number
let other: number

beforeAll(async () => {
  const a = await admin()
  const { municipalities } = await ok<{ municipalities: { id: number; name: string }[] }>('{ municipalities { id name } }', {}, a)
  specialist = await userWithRole('SPECIALIST', { municipalityId: municipalities.find((m) => m.name === BALTIYSK)!.id })
  roadmap = await roadmapOf(BALTIYSK, specialist)
  ;[own, other] = roadmap.organizations.map((o) => o.id)
  school = await userWithRole('SCHOOL', { organizationId: own })
})

describe('valueTable', () => {
  it.each<[string, () => Scope]>([
    ['the municipality', () => ({ m: true })],
    ['one organisation', () => ({ o: own })],
    ['every scope', () => ({})],
    ['every scope of one year', () => ({ y: [2021] })],
  ])('holds the values roadmap{indicators{values}} gives for %s, with the same status and deviation', async (_, scope) => {
    const table = await tableRows(specialist, roadmap.id, scope())
    expect(table.length).toBeGreaterThan(0)
    expect(byId(table)).toEqual(byId(await nestedRows(specialist, roadmap.id, scope())))
  })

  it('lists the values in the order of indicator, organisation, year', async () => {
    const { valueTable: t } = await ok<any>(TABLE, { r: roadmap.id }, specialist)
    const keys = t.ids.map((_: number, k: number) => [t.indicatorIds[k], t.organizationIds[k] ?? 0, t.years[k]])
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])
    expect(keys).toEqual(sorted)
  })

  it('gives a school its own organisation and the municipality, as the nested values do', async () => {
    const all = await tableRows(school, roadmap.id, {})
    expect(new Set(all.map((v) => v.organization?.id ?? null))).toEqual(new Set([null, own]))
    expect(byId(all)).toEqual(byId(await nestedRows(school, roadmap.id, {})))
    expect(byId(await tableRows(school, roadmap.id, { o: own }))).toEqual(byId(await nestedRows(school, roadmap.id, { o: own })))
  })

  it('refuses a school the values of another organisation', async () => {
    const res = await gql(TABLE, { r: roadmap.id, o: other }, school)
    expect(errorCode(res)).toBe('FORBIDDEN')
    expect(res.errors![0].message).toMatch(/другой организации/)
  })

  it('refuses a specialist of another municipality and answers NOT_FOUND for an unknown roadmap or organisation', async () => {
    const { municipalities } = await ok<{ municipalities: { id: number; name: string }[] }>('{ municipalities { id name } }', {}, await admin())
    const stranger = await userWithRole('SPECIALIST', { municipalityId: municipalities.find((m) => m.name !== BALTIYSK)!.id })
    const res = await gql(TABLE, { r: roadmap.id }, stranger)
    expect(errorCode(res)).toBe('FORBIDDEN')
    expect(res.errors![0].message).toMatch(/другого муниципалитета/)
    expect(errorCode(await gql(TABLE, { r: 99_999_999 }, specialist))).toBe('NOT_FOUND')
    expect(errorCode(await gql(TABLE, { r: roadmap.id, o: 99_999_999 }, specialist))).toBe('NOT_FOUND')
    expect(errorCode(await gql(TABLE, { r: roadmap.id }))).toBe('UNAUTHENTICATED')
  })
})
