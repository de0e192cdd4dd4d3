// Progress on a small roadmap built here, where every answer is worked out by hand.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, baseUrl, gql, ok, type Caller } from './client.js'

let a: Caller
const ids: Record<string, number> = {}

const PROGRESS = `query($r:Int!,$y:Int!){ progress(roadmapId:$r, year:$y){
  counts { met notMet noData noTarget total }
  directions { direction { code } counts { met notMet noData noTarget total } }
  indicators { indicator { code } status target actual deviation achievement finalTarget lastActualYear requiredPace paceSoFar forecast forecastMisses isLagging rollup { value count disagrees } }
  laggingWithoutMeasure { code }
  doneButLagging { measure { code } indicator { code } }
  overdueMeasures { code }
  unreportedMeasures { code }
  schoolsAtRisk { organization { shortName } rule { code } indicator { code } years { year values { indicator { code } value trips } } } } }`

async function setValues(input: object[]) {
  await ok('mutation($i:[IndicatorValueInput!]!){ setIndicatorValues(input:$i){ id } }', { i: input }, a)
}

beforeAll(async () => {
  a = await admin()
  const m = await ok<any>('mutation{ createMunicipality(name:"Тестовый округ прогресса", region:"Тест"){ id } }', {}, a)
  ids.m = m.createMunicipality.id
  ids.r = (await ok<any>('mutation($i:CreateRoadmapInput!){ createRoadmap(input:$i){ id } }', { i: { municipalityId: ids.m, title: 'Проверка хода', periodFrom: 2021, periodTo: 2025, baselineFrom: 2019, baselineTo: 2020 } }, a)).createRoadmap.id
  for (const code of ['1', '2']) ids[`d${code}`] = (await ok<any>('mutation($i:CreateDirectionInput!){ createDirection(input:$i){ id } }', { i: { roadmapId: ids.r, code, title: `Направление ${code}` } }, a)).createDirection.id
  const indicator = async (key: string, directionKey: string, input: object) =>
    (ids[key] = (await ok<any>('mutation($i:CreateIndicatorInput!){ createIndicator(input:$i){ id } }', { i: { directionId: ids[directionKey], code: key, ...input } }, a)).createIndicator.id)
  await indicator('A', 'd1', { name: 'Доля обучающихся с высокими результатами', unit: '%', valueType: 'PERCENT', decimals: 1, goodDirection: 'UP' })
  await indicator('B', 'd1', { name: 'Доля школ, показывающих необъективные результаты оценивания', unit: '%', valueType: 'PERCENT', decimals: 0, goodDirection: 'DOWN' })
  await indicator('C', 'd2', { name: 'Число призёров олимпиад', unit: 'чел.', valueType: 'COUNT', goodDirection: 'UP', level: 'ORGANIZATION', rollup: 'SUM' })
  await indicator('D', 'd2', { name: 'Доля обучающихся, получивших «2» по ВПР', unit: '%', valueType: 'PERCENT', decimals: 1, goodDirection: 'DOWN', level: 'ORGANIZATION', rollup: 'MEAN' })
  for (const n of [1, 2, 3]) ids[`s${n}`] = (await ok<any>('mutation($i:CreateOrganizationInput!){ createOrganization(input:$i){ id } }', { i: { municipalityId: ids.m, name: `Школа ${n}`, shortName: `Ш${n}` } }, a)).createOrganization.id

  const targetsA = [50, 55, 60, 65, 70]
  await setValues(targetsA.map((target, i) => ({ indicatorId: ids.A, year: 2021 + i, target })))
  // 40, 44, 48, 52 in 2019–2022, then a leap to 70 in 2023 that a view of 2022 must not know.
  await setValues([40, 44, 48, 52, 70].map((actual, i) => ({ indicatorId: ids.A, year: 2019 + i, actual })))
  await setValues([...[2021, 2022, 2023, 2024, 2025].map((year) => ({ indicatorId: ids.B, year, target: 0 }))])
  await setValues([{ indicatorId: ids.B, year: 2021, actual: 20 }, { indicatorId: ids.B, year: 2022, actual: 0 }])
  await setValues([
    { indicatorId: ids.C, year: 2022, target: 10, actual: 9 },
    { indicatorId: ids.C, organizationId: ids.s1, year: 2022, actual: 3 },
    { indicatorId: ids.C, organizationId: ids.s2, year: 2022, actual: 5 },
    { indicatorId: ids.D, organizationId: ids.s1, year: 2022, actual: 25 },
    { indicatorId: ids.D, organizationId: ids.s2, year: 2022, actual: 10 },
    { indicatorId: ids.D, organizationId: ids.s3, year: 2022, actual: 20 },
  ])
  await ok('mutation($i:CreateRiskRuleInput!){ createRiskRule(input:$i){ id } }', { i: { code: 'Р-ВПР', title: 'ВПР: 20 % и более «2»', clauses: [{ indicatorId: ids.D, operator: 'GTE', threshold: 20 }] } }, a)
  const measure = async (code: string, directionKey: string, deadlineText: string) =>
    (ids[`m${code}`] = (await ok<any>('mutation($i:CreateMeasureInput!){ createMeasure(input:$i){ id } }', { i: { directionId: ids[directionKey], code, text: `Мероприятие ${code}`, deadlineText, responsibleText: 'Управление образования' } }, a)).createMeasure.id)
  await measure('1', 'd1', 'Ежегодно')
  await measure('2', 'd2', '2021 год')
  await measure('4', 'd2', 'Постоянно')
  await ok('mutation($m:Int!,$i:[Int!]!){ setMeasureIndicators(measureId:$m, indicatorIds:$i){ id } }', { m: ids.m1, i: [ids.A] }, a)
  await ok('mutation($i:[MeasureStatusInput!]!){ setMeasureStatuses(input:$i){ id } }', { i: [{ measureId: ids.m1, year: 2022, status: 'DONE' }] }, a)
})

describe('progress of a roadmap for a year', () => {
  let p: any
  beforeAll(async () => {
    p = (await ok<any>(PROGRESS, { r: ids.r, y: 2022 }, a)).progress
  })
  const of = (code: string) => p.indicators.find((i: any) => i.indicator.code === code)

  it('gives status, deviation and achievement of an UP indicator: 52 against 55', () => {
    expect(of('A')).toMatchObject({ status: 'NOT_MET', target: 55, actual: 52, deviation: -3, achievement: 94.5 })
  })

  it('meets a DOWN indicator with target 0 at 0, and misses it at 20 with 0 % achieved', async () => {
    expect(of('B')).toMatchObject({ status: 'MET', target: 0, actual: 0, deviation: 0, achievement: 100 })
    const p2021 = (await ok<any>(PROGRESS, { r: ids.r, y: 2021 }, a)).progress
    expect(p2021.indicators.find((i: any) => i.indicator.code === 'B')).toMatchObject({ status: 'NOT_MET', deviation: 20, achievement: 0 })
  })

  it('computes the required pace, the pace so far and the linear forecast of the final year', () => {
    // actuals 40, 44, 48, 52 in 2019–2022: +4 a year, forecast 64 in 2025 against 70, needed (70 − 52) / 3 = 6 a year
    expect(of('A')).toMatchObject({ finalTarget: 70, lastActualYear: 2022, requiredPace: 6, paceSoFar: 4, forecast: 64, forecastMisses: true, isLagging: true })
    expect(of('B')).toMatchObject({ forecastMisses: false, isLagging: false })
  })

  it('uses the facts up to 2022 only: the 2023 fact of 70 changes neither the pace nor the forecast seen from 2022', async () => {
    expect(of('A')).toMatchObject({ lastActualYear: 2022, paceSoFar: 4, forecast: 64, forecastMisses: true })
    // Seen from 2023 the leap counts: 40, 44, 48, 52, 70 lie on a line reaching 78 in 2025; (70 − 70) / 2 = 0 a year to go.
    const p2023 = (await ok<any>(PROGRESS, { r: ids.r, y: 2023 }, a)).progress
    expect(p2023.indicators.find((i: any) => i.indicator.code === 'A')).toMatchObject({ lastActualYear: 2023, requiredPace: 0, paceSoFar: 7.5, forecast: 78, forecastMisses: false })
  })

  it('writes the pace and forecast of 2022 into the XLSX report for 2022, not those of 2023', async () => {
    const res = await fetch(`${baseUrl()}/export/report.xlsx?roadmapId=${ids.r}&year=2022`, { headers: { cookie: a.cookie! } })
    expect(res.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    const sheet = workbook.worksheets.find((s) => s.getColumn(1).values.includes('A'))!
    const row = sheet.getRow(sheet.getColumn(1).values.indexOf('A'))
    expect([row.getCell(4).value, row.getCell(5).value, row.getCell(9).value, row.getCell(10).value]).toEqual([55, 52, 64, 6])
  })

  it('rolls school values up by the rule and flags a municipal value that disagrees', () => {
    expect(of('C').rollup).toEqual({ value: 8, count: 2, disagrees: true })
    expect(of('D').rollup).toEqual({ value: 18.3, count: 3, disagrees: false })
    expect(of('A').rollup).toBeNull()
  })

  it('counts indicators met, not met, without data and without target, per direction and in all', () => {
    expect(p.counts).toEqual({ met: 1, notMet: 2, noData: 0, noTarget: 1, total: 4 })
    expect(p.directions).toEqual([
      { direction: { code: '1' }, counts: { met: 1, notMet: 1, noData: 0, noTarget: 0, total: 2 } },
      { direction: { code: '2' }, counts: { met: 0, notMet: 1, noData: 0, noTarget: 1, total: 2 } },
    ])
  })

  it('lists lagging indicators with no active measure and done measures whose indicator still lags', () => {
    expect(p.laggingWithoutMeasure.map((i: any) => i.code).sort()).toEqual(['A', 'C'])
    expect(p.doneButLagging).toEqual([{ measure: { code: '1' }, indicator: { code: 'A' } }])
  })

  it('lists a lagging indicator whose only measure is overdue for the year as having no active measure', async () => {
    // 2021: A is behind (48 against 50); measure 1 («Ежегодно») has no status for 2021 and its deadline passed.
    const p2021 = (await ok<any>(PROGRESS, { r: ids.r, y: 2021 }, a)).progress
    expect(p2021.overdueMeasures.map((m: any) => m.code)).toContain('1')
    expect(p2021.laggingWithoutMeasure.map((i: any) => i.code).sort()).toEqual(['A', 'B'])
  })

  it('lists the measures overdue for the year, never a permanent one', async () => {
    expect(p.overdueMeasures).toEqual([])
    const p2021 = (await ok<any>(PROGRESS, { r: ids.r, y: 2021 }, a)).progress
    expect(p2021.overdueMeasures.map((m: any) => m.code)).toEqual(['1', '2'])
  })

  it('lists a permanent measure without a status for the year apart, until a status is set', async () => {
    expect(p.unreportedMeasures).toEqual([{ code: '4' }])
    await ok('mutation($i:[MeasureStatusInput!]!){ setMeasureStatuses(input:$i){ id } }', { i: [{ measureId: ids.m4, year: 2022, status: 'IN_PROGRESS' }] }, a)
    const again = (await ok<any>(PROGRESS, { r: ids.r, y: 2022 }, a)).progress
    expect(again.unreportedMeasures).toEqual([])
    expect(again.overdueMeasures).toEqual([])
  })

  it('flags the schools tripping a risk rule, with the rule and the value of the year', () => {
    expect(p.schoolsAtRisk.map((f: any) => [f.organization.shortName, f.rule.code, f.indicator.code, f.years])).toEqual([
      ['Ш1', 'Р-ВПР', 'D', [{ year: 2022, values: [{ indicator: { code: 'D' }, value: 25, trips: true }] }]],
      ['Ш3', 'Р-ВПР', 'D', [{ year: 2022, values: [{ indicator: { code: 'D' }, value: 20, trips: true }] }]],
    ])
  })
})

describe('measure statuses', () => {
  it('can close a year before the period when the deadline names it, and no other', async () => {
    const { createMeasure } = await ok<any>('mutation($i:CreateMeasureInput!){ createMeasure(input:$i){ id overdueYears } }', { i: { directionId: ids.d1, code: '3', text: 'Подготовка', deadlineText: 'Сентябрь 2018 г.', responsibleText: 'Управление образования' } }, a)
    expect(createMeasure.overdueYears).toEqual([2018])
    const set = (year: number) => gql('mutation($i:[MeasureStatusInput!]!){ setMeasureStatuses(input:$i){ year status } }', { i: [{ measureId: createMeasure.id, year, status: 'DONE' }] }, a)
    expect((await set(2018)).data).toEqual({ setMeasureStatuses: [{ year: 2018, status: 'DONE' }] })
    expect((await set(2017)).errors![0].extensions!.code).toBe('BAD_USER_INPUT')
    const { direction } = await ok<any>('query($id:Int!){ direction(id:$id){ code measures { code overdue } } }', { id: ids.d1 }, a)
    expect(direction.measures.find((m: any) => m.code === '3').overdue).toBe(false)
  })

  it('refuses the same measure and year twice in one batch with BAD_USER_INPUT and writes neither', async () => {
    const statuses = async () => (await ok<any>('query($id:Int!){ direction(id:$id){ measures { code statuses { year status version } } } }', { id: ids.d2 }, a))
      .direction.measures.find((m: any) => m.code === '2').statuses
    const before = await statuses()
    const res = await gql('mutation($i:[MeasureStatusInput!]!){ setMeasureStatuses(input:$i){ id } }', {
      i: [{ measureId: ids.m2, year: 2023, status: 'DONE' }, { measureId: ids.m2, year: 2023, status: 'NOT_DONE' }],
    }, a)
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT')
    expect(res.errors![0].message).toMatch(/дважды/)
    expect(await statuses()).toEqual(before)
  })
})
