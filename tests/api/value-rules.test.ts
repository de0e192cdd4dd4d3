// What specialists type, as the API takes it: decimals are shown, not refused; a value with more
// places than stored is rounded; scales bound what enters; baseline years hold facts only.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { admin, gql, ok, userWithRole, type Caller } from './client.js'
import { BALTIYSK, SET_VALUES, cell, roadmapOf, type IndicatorRow } from './fixtures.js'

let specialist: Caller
let indicators: (IndicatorRow & { minValue: number | null; maxValue: number | null })[]
let whole: IndicatorRow // a percent whose printed targets are whole numbers

// Other test files read the seeded cells as the documents give them: put back what a test wrote.
const written: { indicatorId: number; year: number }[] = []
afterEach(async () => {
  const input = written.splice(0).map(({ indicatorId, year }) => {
    const seeded = indicators.find((i) => i.id === indicatorId)!.values.find((v) => v.year === year && v.organization === null)
    return { indicatorId, year, actual: seeded?.actual ?? null }
  })
  if (input.length) await ok(SET_VALUES, { input }, specialist)
})

beforeAll(async () => {
  const a = await admin()
  const { municipalities } = await ok<{ municipalities: { id: number; name: string; roadmaps: { id: number }[] }[] }>('{ municipalities { id name roadmaps { id } } }', {}, a)
  const baltiysk = municipalities.find((m) => m.name === BALTIYSK)!
  specialist = await userWithRole('SPECIALIST', { municipalityId: baltiysk.id })
  const { roadmap } = await ok<{ roadmap: { indicators: typeof indicators } }>(
    'query($id:Int!){ roadmap(id:$id){ indicators { id code name unit valueType decimals minValue maxValue level goodDirection values { id year target actual note version organization { id name } } } } }',
    { id: baltiysk.roadmaps[0].id }, specialist,
  )
  indicators = roadmap.indicators
  whole = indicators.find((i) => i.valueType === 'PERCENT' && i.decimals === 0 && i.level === 'MUNICIPALITY')!
  expect(whole).toBeDefined()
  expect((await roadmapOf(BALTIYSK, specialist)).indicators.length).toBe(indicators.length)
})

describe('values as people type them', () => {
  it('accepts 57,3 % for every percent indicator of Балтийск, whatever its targets print', async () => {
    const percents = indicators.filter((i) => i.valueType === 'PERCENT' && i.level === 'MUNICIPALITY')
    expect(percents.filter((i) => i.decimals === 0).length).toBeGreaterThanOrEqual(10)
    const { setIndicatorValues } = await ok<{ setIndicatorValues: { actual: number }[] }>(SET_VALUES, {
      input: percents.map((i) => ({ indicatorId: i.id, year: 2025, actual: 57.3 })),
    }, specialist)
    written.push(...percents.map((i) => ({ indicatorId: i.id, year: 2025 })))
    expect(setIndicatorValues.map((r) => r.actual)).toEqual(percents.map(() => 57.3))
  })

  it('rounds Excel’s 16,666666667 to the two places a percent stores', async () => {
    const { setIndicatorValues } = await ok<{ setIndicatorValues: { actual: number }[] }>(SET_VALUES, {
      input: [{ indicatorId: whole.id, year: 2024, actual: 16.666666667 }],
    }, specialist)
    written.push({ indicatorId: whole.id, year: 2024 })
    expect(setIndicatorValues[0].actual).toBe(16.67)
    expect((await cell(specialist, whole.id, 2024)).actual).toBe(16.67)
  })

  it('gives every seeded indicator its scale and refuses an ЕГЭ average of 150', async () => {
    const ege = indicators.find((i) => i.name === 'Средний балл ЕГЭ по русскому языку')!
    expect(ege).toMatchObject({ valueType: 'SCORE', minValue: 0, maxValue: 100 })
    expect(indicators.find((i) => i.valueType === 'MARK')).toMatchObject({ minValue: 1, maxValue: 5 })
    for (const i of indicators.filter((x) => x.valueType === 'PERCENT')) expect(i, i.code).toMatchObject({ minValue: 0, maxValue: 100 })
    const before = await cell(specialist, ege.id, 2021)
    const res = await gql(SET_VALUES, { input: [{ indicatorId: ege.id, year: 2021, actual: 150 }] }, specialist)
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT')
    expect(res.errors?.[0].message).toContain('балл должен быть от 0 до 100')
    expect(await cell(specialist, ege.id, 2021)).toEqual(before)
  })

  it('writes no target in a baseline year, and takes a fact there', async () => {
    const ege = indicators.find((i) => i.name === 'Средний балл ЕГЭ по русскому языку')!
    const refused = await gql(SET_VALUES, { input: [{ indicatorId: ege.id, year: 2019, target: 70 }] }, specialist)
    expect(refused.errors?.[0].message).toContain('2019 — базовый год: в нём вводится только факт, план не ставится')
    expect((await cell(specialist, ege.id, 2019))?.target ?? null).toBeNull()
    const { setIndicatorValues } = await ok<{ setIndicatorValues: { actual: number; target: number | null }[] }>(SET_VALUES, {
      input: [{ indicatorId: ege.id, year: 2019, actual: 68.5 }],
    }, specialist)
    written.push({ indicatorId: ege.id, year: 2019 })
    expect(setIndicatorValues[0]).toMatchObject({ actual: 68.5, target: null })
    // an empty «План» beside a fact, as an exported file sends it back, is no target
    const { setIndicatorValues: again } = await ok<{ setIndicatorValues: { actual: number; target: number | null }[] }>(SET_VALUES, {
      input: [{ indicatorId: ege.id, year: 2019, target: null, actual: 68.5 }],
    }, specialist)
    expect(again[0]).toMatchObject({ actual: 68.5, target: null })
  })

  it('gives a new indicator its type’s scale unless told otherwise, and refuses a minimum above the maximum', async () => {
    const a = await admin()
    const { roadmap } = await ok<{ roadmap: { directions: { id: number }[] } }>('query($id:Int!){ roadmap(id:$id){ directions { id } } }', { id: (await roadmapOf(BALTIYSK, a)).id }, a)
    const directionId = roadmap.directions[0].id
    const create = 'mutation($input: CreateIndicatorInput!){ createIndicator(input:$input){ id minValue maxValue } }'
    const mark = await ok<{ createIndicator: { id: number; minValue: number; maxValue: number } }>(create, { input: { directionId, code: 'T-M', name: 'Средняя отметка', unit: 'баллы', valueType: 'MARK', decimals: 2 } }, a)
    expect(mark.createIndicator).toMatchObject({ minValue: 1, maxValue: 5 })
    const ogeScore = await ok<{ createIndicator: { minValue: number; maxValue: number } }>(create, { input: { directionId, code: 'T-S', name: 'Первичный балл ОГЭ', unit: 'баллы', valueType: 'SCORE', minValue: 0, maxValue: 33 } }, a)
    expect(ogeScore.createIndicator).toMatchObject({ minValue: 0, maxValue: 33 })
    const bad = await gql(create, { input: { directionId, code: 'T-X', name: 'Неверная шкала', valueType: 'SCORE', minValue: 10, maxValue: 5 } }, a)
    expect(bad.errors?.[0].message).toBe('Нижняя граница шкалы больше верхней')
    await ok('mutation($id:Int!){ deleteIndicator(id:$id) }', { id: mark.createIndicator.id }, a)
  })
})
