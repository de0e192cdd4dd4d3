// setValueColumns: the grid's batches as columns. The same cells written through it and through
// setIndicatorValues answer the same rows, get the same versions and the same audit entries; it
// refuses and conflicts as setIndicatorValues does, with the cells numbered as in its columns.
// On its own municipality, so no other test's cells move.
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, errorCode, gql, ok, userWithRole, type Caller } from './client.js'
import { SET_VALUES } from './fixtures.js'

const SET_COLUMNS = 'mutation($input:ValueColumnsInput!){ setValueColumns(input:$input){ rowCount ids indicatorIds organizationIds years targets actuals notes versions statuses deviations } }'

interface Cell {
  indicatorId: number
  organizationId: number | null
  year: number
  target?: number | null
  actual?: number | null
  note?: string | null
  expectedVersion?: number | null
}

let specialist: Caller
let schoolA: Caller
let ids: { m: number; percent: number; count: number; a: number; b: number }

/** The cells as setValueColumns takes them: coordinates by position, each field a column of the cells that have it. */
function columnsOf(cells: Cell[]) {
  const field = <K extends 'target' | 'actual' | 'note'>(name: K) => {
    const numbered = cells.flatMap((c, k) => (c[name] === undefined ? [] : [[k, c[name]] as const]))
    return numbered.length ? { cells: numbered.map(([k]) => k), values: numbered.map(([, v]) => v) } : undefined
  }
  return {
    indicatorIds: cells.map((c) => c.indicatorId),
    organizationIds: cells.map((c) => c.organizationId),
    years: cells.map((c) => c.year),
    ...(cells.some((c) => c.expectedVersion !== undefined) && { expectedVersions: cells.map((c) => c.expectedVersion ?? null) }),
    ...(field('target') && { targets: field('target') }),
    ...(field('actual') && { actuals: field('actual') }),
    ...(field('note') && { notes: field('note') }),
  }
}

/** The answered columns as one object per row. */
const rowsOf = (t: any) =>
  t.ids.map((id: number, k: number) => ({
    id, indicatorId: t.indicatorIds[k], organizationId: t.organizationIds[k], year: t.years[k], target: t.targets[k], actual: t.actuals[k],
    note: t.notes[k], version: t.versions[k], status: t.statuses[k], deviation: t.deviations[k],
  }))

const withoutIds = (row: any) => {
  const { id: _id, organizationId: _org, ...rest } = row
  return rest
}

const history = async (c: { indicatorId: number; organizationId: number | null; year: number }) =>
  ((await ok<any>(
    'query($i:Int!,$o:Int,$y:Int!){ valueHistory(indicatorId:$i, organizationId:$o, year:$y){ action source oldValue newValue actorName } }',
    { i: c.indicatorId, o: c.organizationId, y: c.year },
    specialist,
  )).valueHistory as any[])

const stored = async (c: { indicatorId: number; organizationId: number | null; year: number }) =>
  (await ok<any>(
    'query($i:Int!,$o:Int,$m:Boolean,$y:[Int!]){ indicator(id:$i){ values(organizationId:$o, municipalityOnly:$m, years:$y){ target actual note version } } }',
    { i: c.indicatorId, o: c.organizationId, m: c.organizationId === null, y: [c.year] },
    specialist,
  )).indicator.values[0] ?? null

beforeAll(async () => {
  const a = await admin()
  const m = (await ok<any>('mutation{ createMunicipality(name:"Округ пакетов по столбцам", region:"Тест"){ id } }', {}, a)).createMunicipality.id
  const r = (await ok<any>('mutation($i:CreateRoadmapInput!){ createRoadmap(input:$i){ id } }', { i: { municipalityId: m, title: 'Пакеты по столбцам', periodFrom: 2021, periodTo: 2025 } }, a)).createRoadmap.id
  const d = (await ok<any>('mutation($i:CreateDirectionInput!){ createDirection(input:$i){ id } }', { i: { roadmapId: r, code: '1', title: 'Направление' } }, a)).createDirection.id
  const indicator = async (code: string, extra: Record<string, unknown>) =>
    (await ok<any>('mutation($i:CreateIndicatorInput!){ createIndicator(input:$i){ id } }', {
      i: { directionId: d, code, name: `Показатель ${code}`, goodDirection: 'UP', level: 'ORGANIZATION', ...extra },
    }, a)).createIndicator.id
  const percent = await indicator('1', { unit: '%', valueType: 'PERCENT', decimals: 1, rollup: 'MEAN' })
  const count = await indicator('2', { unit: 'чел.', valueType: 'COUNT', rollup: 'SUM' })
  const school = async (n: string) =>
    (await ok<any>('mutation($i:CreateOrganizationInput!){ createOrganization(input:$i){ id } }', { i: { municipalityId: m, name: `Школа столбцов ${n}`, shortName: `ШС${n}` } }, a)).createOrganization.id
  ids = { m, percent, count, a: await school('А'), b: await school('Б') }
  specialist = await userWithRole('SPECIALIST', { municipalityId: m })
  schoolA = await userWithRole('SCHOOL', { organizationId: ids.a })
})

describe('setValueColumns', () => {
  it('answers, versions and audits the same cells as setIndicatorValues does', async () => {
    // The same edits, once for school А through setIndicatorValues and once for school Б as columns.
    const created = (organizationId: number): Cell[] => [
      { indicatorId: ids.percent, organizationId, year: 2021, target: 64.8, actual: 63.9, note: '  заметка ', expectedVersion: 0 },
      { indicatorId: ids.percent, organizationId, year: 2022, actual: 70, expectedVersion: 0 },
      { indicatorId: ids.count, organizationId, year: 2021, target: 10, expectedVersion: 0 },
      { indicatorId: ids.count, organizationId, year: 2022, note: 'не проводился', expectedVersion: 0 },
    ]
    const objects1 = (await ok<any>(SET_VALUES, { input: created(ids.a) }, specialist)).setIndicatorValues
    const columns1 = (await ok<any>(SET_COLUMNS, { input: columnsOf(created(ids.b)) }, specialist)).setValueColumns
    expect(columns1.rowCount).toBe(4)
    const asObjects = (rows: any[]) =>
      rows.map((r) => ({ indicatorId: r.indicator.id, year: r.year, target: r.target, actual: r.actual, note: r.note, version: r.version, status: r.status, deviation: r.deviation }))
    expect(rowsOf(columns1).map(withoutIds)).toEqual(asObjects(objects1))
    expect(rowsOf(columns1).map((r: any) => r.organizationId)).toEqual([ids.b, ids.b, ids.b, ids.b])
    expect(rowsOf(columns1)[0]).toMatchObject({ target: 64.8, actual: 63.9, note: 'заметка', version: 1, status: 'NOT_MET' })

    // Then a clear, a change, a cell left as it is and a note cleared, each with the version it was given.
    const updated = (organizationId: number, versions: number[]): Cell[] => [
      { indicatorId: ids.percent, organizationId, year: 2021, actual: null, expectedVersion: versions[0] },
      { indicatorId: ids.percent, organizationId, year: 2022, target: 75, expectedVersion: versions[1] },
      { indicatorId: ids.count, organizationId, year: 2021, target: 10, expectedVersion: versions[2] },
      { indicatorId: ids.count, organizationId, year: 2022, note: null, expectedVersion: versions[3] },
    ]
    const objects2 = (await ok<any>(SET_VALUES, { input: updated(ids.a, objects1.map((r: any) => r.version)) }, specialist)).setIndicatorValues
    const columns2 = (await ok<any>(SET_COLUMNS, { input: columnsOf(updated(ids.b, columns1.versions)) }, specialist)).setValueColumns
    expect(rowsOf(columns2).map(withoutIds)).toEqual(asObjects(objects2))
    expect(columns2.versions).toEqual([2, 2, 1, 2])
    expect(columns2.ids).toEqual(columns1.ids)

    for (const c of created(ids.a)) {
      const theirs = await history(c)
      const mine = await history({ ...c, organizationId: ids.b })
      expect(mine).toEqual(theirs)
      expect(mine.length).toBeGreaterThan(0)
    }
    expect((await history({ indicatorId: ids.percent, organizationId: ids.b, year: 2021 })).map((e) => [e.action, e.source, JSON.parse(e.oldValue ?? 'null'), JSON.parse(e.newValue)])).toEqual([
      ['update', 'WEB', { actual: 63.9 }, { actual: null }],
      ['create', 'WEB', null, { target: 64.8, actual: 63.9, note: 'заметка' }],
    ])
  })

  it('writes without a version check when no expected versions are given, and answers an empty batch with no rows', async () => {
    const cell = { indicatorId: ids.count, organizationId: null, year: 2023 }
    const first = (await ok<any>(SET_COLUMNS, { input: columnsOf([{ ...cell, actual: 3 }]) }, specialist)).setValueColumns
    const second = (await ok<any>(SET_COLUMNS, { input: columnsOf([{ ...cell, actual: 4 }]) }, specialist)).setValueColumns
    expect([first.versions, second.versions, second.actuals, second.organizationIds]).toEqual([[1], [2], [4], [null]])
    const empty = (await ok<any>(SET_COLUMNS, { input: columnsOf([]) }, specialist)).setValueColumns
    expect(empty).toMatchObject({ rowCount: 0, ids: [], versions: [] })
  })

  it('refuses the whole batch with CONFLICT as setIndicatorValues does when one cell is stale, and writes none of it', async () => {
    const cells = [
      { indicatorId: ids.count, organizationId: ids.a, year: 2024 },
      { indicatorId: ids.count, organizationId: ids.a, year: 2025 },
    ]
    await ok(SET_COLUMNS, { input: columnsOf(cells.map((c) => ({ ...c, actual: 1, expectedVersion: 0 }))) }, specialist)
    const stale = [{ ...cells[0], actual: 2, expectedVersion: 1 }, { ...cells[1], actual: 2, expectedVersion: 0 }]
    const viaColumns = await gql(SET_COLUMNS, { input: columnsOf(stale) }, specialist)
    const viaObjects = await gql(SET_VALUES, { input: stale }, specialist)
    expect(errorCode(viaColumns)).toBe('CONFLICT')
    expect(viaColumns.errors![0].message).toBe(viaObjects.errors![0].message)
    expect(viaColumns.errors![0].extensions!.cells).toEqual(viaObjects.errors![0].extensions!.cells)
    expect(viaColumns.errors![0].extensions!.cells).toEqual([expect.objectContaining({ ...cells[1], expectedVersion: 0, currentVersion: 1, actual: 1 })])
    expect(await stored(cells[0])).toMatchObject({ actual: 1, version: 1 })
    expect(await history(cells[0])).toHaveLength(1)
  })

  it('refuses a bad value with the cell numbered as in the columns and its Russian message, as setIndicatorValues does', async () => {
    const cells: Cell[] = [
      { indicatorId: ids.percent, organizationId: ids.a, year: 2024, actual: 50, expectedVersion: 0 },
      { indicatorId: ids.percent, organizationId: ids.a, year: 2025, actual: 120, expectedVersion: 0 },
    ]
    const viaColumns = await gql(SET_COLUMNS, { input: columnsOf(cells) }, specialist)
    const viaObjects = await gql(SET_VALUES, { input: cells }, specialist)
    expect(errorCode(viaColumns)).toBe('BAD_USER_INPUT')
    expect(viaColumns.errors![0].message).toBe(viaObjects.errors![0].message)
    expect(viaColumns.errors![0].extensions!.cells).toEqual(viaObjects.errors![0].extensions!.cells)
    expect(viaColumns.errors![0].extensions!.cells).toEqual([expect.objectContaining({ index: 1, field: 'actual', year: 2025, message: expect.stringMatching(/^факт 120: /) })])
    expect(await stored(cells[0])).toBeNull()
  })

  it('lets a school write the facts of its own school only, not its targets nor another school', async () => {
    const own = { indicatorId: ids.count, organizationId: ids.a, year: 2023 }
    const answer = (await ok<any>(SET_COLUMNS, { input: columnsOf([{ ...own, actual: 7, expectedVersion: 0 }]) }, schoolA)).setValueColumns
    expect(answer).toMatchObject({ actuals: [7], versions: [1], organizationIds: [ids.a] })

    const other = { indicatorId: ids.count, organizationId: ids.b, year: 2023 }
    const refusedOther = await gql(SET_COLUMNS, { input: columnsOf([{ ...own, actual: 8, expectedVersion: 1 }, { ...other, actual: 8, expectedVersion: 0 }]) }, schoolA)
    expect(errorCode(refusedOther)).toBe('FORBIDDEN')
    expect(refusedOther.errors![0].extensions!.cells).toEqual([expect.objectContaining({ index: 1, organizationId: ids.b })])
    expect(refusedOther.errors![0].message).toMatch(/^Пакет не записан: нет прав/)
    const refusedTarget = await gql(SET_COLUMNS, { input: columnsOf([{ ...own, target: 9, expectedVersion: 1 }]) }, schoolA)
    expect(errorCode(refusedTarget)).toBe('FORBIDDEN')
    expect(await stored(own)).toMatchObject({ actual: 7, target: null, version: 1 })
    expect(await stored(other)).toBeNull()
  })

  it('refuses columns that do not describe one batch, and more cells than a batch takes', async () => {
    const cell = { indicatorId: ids.count, organizationId: ids.a, year: 2021 }
    const refusal = async (input: Record<string, unknown>) => {
      const res = await gql(SET_COLUMNS, { input }, specialist)
      expect(errorCode(res)).toBe('BAD_USER_INPUT')
      return res.errors![0].message
    }
    const entries = (await history(cell)).length
    const one = columnsOf([{ ...cell, actual: 1 }])
    expect(await refusal({ ...one, years: [2021, 2022] })).toBe('Пакет не записан: столбцы ячеек разной длины (indicatorIds — 1, organizationIds — 1, years — 2)')
    expect(await refusal({ ...one, expectedVersions: [] })).toMatch(/^Пакет не записан: столбцы ячеек разной длины .*expectedVersions — 0/)
    expect(await refusal({ ...one, actuals: { cells: [1], values: [1] } })).toBe('Пакет не записан: в столбце actuals номер ячейки 1 вне пакета (0–0)')
    expect(await refusal({ ...one, notes: { cells: [0, 0], values: ['а', 'б'] } })).toBe('Пакет не записан: в столбце notes ячейка 0 указана дважды')
    expect(await refusal({ ...one, targets: { cells: [0], values: [1, 2] } })).toBe('Пакет не записан: в столбце targets номеров ячеек 1, а значений 2')
    const many = Array.from({ length: 5001 }, (_, k) => ({ ...cell, year: 2021 + (k % 5), actual: k }))
    expect(await refusal(columnsOf(many))).toBe('Слишком много ячеек в одном пакете: 5001, допускается до 5000')
    expect(await history(cell)).toHaveLength(entries)
  })
})
