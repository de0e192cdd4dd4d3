import { describe, expect, it } from 'vitest'
import type { DashboardIndicator, IndicatorProgress, RiskFlag, StatusCounts } from '../../client/api/progressOperations.js'
import { directionStatusOption, schoolOption, trendOption } from '../../client/features/dashboard/lib/chartOptions.js'
import {
  defaultTrendIndicator,
  defaultYear,
  directionBars,
  groupDoneButLagging,
  ruleCondition, ruleThreshold, ruleWindow,
  schoolComparison,
  schoolIndicators,
  trendPoints,
} from '../../client/features/dashboard/lib/dashboardData.js'
import { indicatorRowLink, measureRowLink } from '../../client/features/dashboard/lib/links.js'

const roadmap = { years: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], periodFrom: 2021, periodTo: 2025 }
const value = (year: number, actual: number | null, target: number | null = null, organization: { id: number; shortName: string } | null = null) => ({ year, actual, target, organization })
const indicator = (id: number, values: DashboardIndicator['values'], extra: Partial<DashboardIndicator> = {}): DashboardIndicator => ({
  id, code: String(id), name: `Показатель ${id}`, unit: '%', decimals: 1, valueType: 'PERCENT', goodDirection: 'UP', level: 'MUNICIPALITY', direction: { id: 1 }, values, ...extra,
})
const counts = (met: number, notMet: number, noData = 0, noTarget = 0): StatusCounts => ({ met, notMet, noData, noTarget, total: met + notMet + noData + noTarget })
const progressOf = (id: number, extra: Partial<IndicatorProgress> = {}): IndicatorProgress => ({
  indicator: { id, code: String(id), name: '', unit: '%' }, status: 'NO_DATA', target: null, actual: null, deviation: null, achievement: null, finalTarget: null,
  lastActualYear: null, requiredPace: null, paceSoFar: null, forecast: null, forecastMisses: false, isLagging: false, rollup: null, ...extra,
})

describe('defaultYear', () => {
  it('opens on the last year of the period that has a fact in any scope', () => {
    const school = { id: 7, shortName: 'СОШ №7' }
    expect(defaultYear(roadmap, [indicator(1, [value(2021, 5), value(2023, null, 60)]), indicator(2, [value(2022, 3, null, school)])], new Date('2030-01-01'))).toBe(2022)
  })

  it('ignores facts of the baseline years and takes the current year within the period', () => {
    const baselineOnly = [indicator(1, [value(2019, 40), value(2020, 44)])]
    expect(defaultYear(roadmap, baselineOnly, new Date('2023-06-01'))).toBe(2023)
    expect(defaultYear(roadmap, baselineOnly, new Date('2026-11-24'))).toBe(2025)
    expect(defaultYear(roadmap, baselineOnly, new Date('2019-03-01'))).toBe(2021)
  })
})

describe('directionBars', () => {
  const row = (id: number, kind: string, parentId: number | null, c: StatusCounts) => ({ direction: { id, code: String(id), title: `Направление ${id}`, kind, parentId }, counts: c })

  it('shows directions proper that have indicators, not their groups nor sub-sections', () => {
    const bars = directionBars([row(1, 'GROUP', null, counts(1, 2)), row(2, 'DIRECTION', 1, counts(1, 2)), row(3, 'SECTION', 2, counts(1, 0)), row(4, 'DIRECTION', 1, counts(0, 0))])
    expect(bars.map((b) => b.directionId)).toEqual([2])
    expect(bars[0].counts).toEqual(counts(1, 2))
  })

  it('falls back to the topmost rows holding indicators when the roadmap has no directions proper', () => {
    const bars = directionBars([row(1, 'SECTION', null, counts(2, 0)), row(2, 'SECTION', 1, counts(1, 0)), row(3, 'SECTION', null, counts(0, 1))])
    expect(bars.map((b) => b.directionId)).toEqual([1, 3])
  })
})

describe('trendPoints', () => {
  it('takes one scope’s target and actual for every year, empty where there is none', () => {
    const school = { id: 5, shortName: 'Ш5' }
    const i = indicator(1, [value(2021, 50, 55), value(2022, null, 60), value(2021, 10, null, school)])
    expect(trendPoints(i, [2020, 2021, 2022], null, 2022)).toEqual([
      { year: 2020, target: null, actual: null },
      { year: 2021, target: 55, actual: 50 },
      { year: 2022, target: 60, actual: null },
    ])
    expect(trendPoints(i, [2021], 5, 2022)).toEqual([{ year: 2021, target: null, actual: 10 }])
  })

  it('leaves out the facts of years after the one viewed, keeping their targets', () => {
    const i = indicator(1, [value(2021, 50, 55), value(2022, 52, 60), value(2023, 70, 65)])
    expect(trendPoints(i, [2021, 2022, 2023], null, 2022)).toEqual([
      { year: 2021, target: 55, actual: 50 },
      { year: 2022, target: 60, actual: 52 },
      { year: 2023, target: 65, actual: null },
    ])
  })
})

describe('schoolComparison', () => {
  const orgs = [{ id: 1, shortName: 'Ш1', name: 'Школа 1' }, { id: 2, shortName: '', name: 'Школа 2' }, { id: 3, shortName: 'Ш3', name: 'Школа 3' }]
  const flag = (orgId: number, indicatorId: number): RiskFlag => ({
    organization: { id: orgId, shortName: '', name: '' },
    rule: { id: 1, code: 'Р', title: '', description: '', combinator: 'OR', windowYears: 1, minYears: 1, windowIncludesCurrent: true, clauses: [{ operator: 'GTE', threshold: 20, indicator: { id: indicatorId } }] },
    indicator: { id: indicatorId, code: '', name: '', unit: '' },
    years: [{ year: 2022, values: [{ clauseIndex: 0, indicator: { id: indicatorId }, value: 25, trips: true }] }],
  })

  it('puts each school’s fact beside the municipality’s and marks schools at risk on this indicator', () => {
    const i = indicator(9, [value(2022, 25, null, { id: 1, shortName: 'Ш1' }), value(2022, 10, null, { id: 2, shortName: '' }), value(2022, 18, 15), value(2021, 99, null, { id: 3, shortName: 'Ш3' })])
    const result = schoolComparison(i, 2022, orgs, [flag(1, 9), flag(2, 4)], undefined)
    expect(result.schools).toEqual([
      { organizationId: 1, name: 'Ш1', actual: 25, target: null, isAtRisk: true },
      { organizationId: 2, name: 'Школа 2', actual: 10, target: null, isAtRisk: false },
      { organizationId: 3, name: 'Ш3', actual: null, target: null, isAtRisk: false },
    ])
    expect(result.municipal).toEqual({ actual: 18, target: 15, isRollup: false })
  })

  it('uses the schools’ roll-up when the municipality has no fact, and says so', () => {
    const i = indicator(9, [value(2022, null, 15)])
    expect(schoolComparison(i, 2022, orgs, [], progressOf(9, { rollup: { value: 17.5, count: 2, disagrees: false } })).municipal).toEqual({ actual: 17.5, target: 15, isRollup: true })
  })
})

describe('default indicators', () => {
  it('opens the trend on the lagging indicator with the most facts', () => {
    const list = [indicator(1, [value(2021, 1), value(2022, 2), value(2023, 3)]), indicator(2, [value(2021, 1)]), indicator(3, [value(2021, 1), value(2022, 1)])]
    expect(defaultTrendIndicator(list, [progressOf(2, { isLagging: true }), progressOf(3, { isLagging: true })])).toBe(3)
    expect(defaultTrendIndicator(list, [])).toBe(1)
    expect(defaultTrendIndicator([indicator(4, [])], [])).toBe(4)
    expect(defaultTrendIndicator([], [])).toBeNull()
    const school = { id: 8, shortName: 'Ш8' }
    expect(defaultTrendIndicator([...list, indicator(5, [value(2021, 1, null, school), value(2022, 1, null, school)])], [], 8)).toBe(5)
  })

  it('compares schools on indicators kept per organisation, the one with most school facts first', () => {
    const s = (id: number) => ({ id, shortName: `Ш${id}` })
    const list = [
      indicator(1, [value(2022, 5)]),
      indicator(2, [value(2022, 1, null, s(1))], { level: 'ORGANIZATION' }),
      indicator(3, [value(2022, 1, null, s(1)), value(2022, 2, null, s(2)), value(2021, 2, null, s(3))], { level: 'ORGANIZATION' }),
    ]
    const { list: shown, preferred } = schoolIndicators(list, 2022)
    expect(shown.map((i) => i.id)).toEqual([2, 3])
    expect(preferred?.id).toBe(3)
    expect(schoolIndicators([list[0]], 2022)).toEqual({ list: [], preferred: null })
  })
})

describe('lists', () => {
  it('groups done measures under the lagging indicator they worked on', () => {
    const m = (id: number) => ({ id, code: `${id}.` })
    const i = (id: number) => ({ id, code: String(id) })
    expect(groupDoneButLagging([{ measure: m(1), indicator: i(5) }, { measure: m(2), indicator: i(5) }, { measure: m(1), indicator: i(7) }])).toEqual([
      { indicator: i(5), measures: [m(1), m(2)] },
      { indicator: i(7), measures: [m(1)] },
    ])
  })

  it('reads a risk rule’s threshold as the rule does', () => {
    expect(ruleThreshold({ operator: 'GTE', threshold: 20 }, String)).toBe('≥ 20')
    expect(ruleThreshold({ operator: 'LT', threshold: 0.5 }, (n) => n.toLocaleString('ru-RU'))).toBe('< 0,5')
  })

  it('joins a rule’s clauses as the document does and says which years it reads', () => {
    const clauses = [{ operator: 'GTE' as const, threshold: 20, indicator: { id: 1 } }, { operator: 'LTE' as const, threshold: 0, indicator: { id: 2 } }]
    expect(ruleCondition({ combinator: 'OR', clauses }, String)).toBe('≥ 20 и/или ≤ 0')
    expect(ruleCondition({ combinator: 'AND', clauses }, String)).toBe('≥ 20 и ≤ 0')
    expect(ruleWindow({ windowYears: 3, minYears: 2, windowIncludesCurrent: false })).toBe('2 года или более из 3 последних, предшествующих году выявления')
    expect(ruleWindow({ windowYears: 3, minYears: 2, windowIncludesCurrent: true })).toBe('2 года или более из 3 последних, включая год выявления')
    expect(ruleWindow({ windowYears: 2, minYears: 2, windowIncludesCurrent: false })).toBe('все 2 года, предшествующих году выявления')
    expect(ruleWindow({ windowYears: 1, minYears: 1, windowIncludesCurrent: true })).toBe('в год выявления')
  })

  it('links an indicator to its row in the roadmap table, in a school’s scope when given', () => {
    expect(indicatorRowLink(2, 15)).toEqual({ name: 'roadmap', params: { id: 2 }, query: { indicator: '15' } })
    expect(indicatorRowLink(2, 15, 4)).toEqual({ name: 'roadmap', params: { id: 2 }, query: { indicator: '15', org: '4' } })
    expect(measureRowLink(2, 209)).toEqual({ name: 'measures', params: { id: 2 }, query: { measure: '209' } })
  })
})

describe('chart options', () => {
  it('stacks met, not met, no data and no target per direction in that order', () => {
    const option = directionStatusOption([{ directionId: 1, code: '1', title: 'Очень длинное название направления дорожной карты, которое не помещается', counts: counts(1, 2, 3, 4) }])
    const series = option.series as { name: string; stack: string; data: number[] }[]
    expect(series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Достигнут', 'status', [1]],
      ['Не достигнут', 'status', [2]],
      ['Нет факта', 'status', [3]],
      ['Нет плана', 'status', [4]],
    ])
    const labels = (option.yAxis as { data: string[] }).data
    expect(labels[0].length).toBeLessThanOrEqual(42)
    expect(labels[0]).toMatch(/^1\. Очень.*…$/)
  })

  it('draws the trend’s fact and target lines and a forecast from the last fact to the final year', () => {
    const points = [2020, 2021, 2022, 2023, 2024, 2025].map((year, i) => ({ year, target: year > 2020 ? 50 + i : null, actual: year <= 2022 ? 40 + i * 4 : null }))
    const option = trendOption(points, { unit: '%', decimals: 1, baselineFrom: 2020, baselineTo: 2020, forecast: { value: 60, year: 2025, fromYear: 2022, fromValue: 48 } })
    const [fact, target, forecast] = option.series as { name: string; data: unknown[]; markArea?: unknown }[]
    expect(fact.name).toBe('Факт')
    expect(fact.data).toEqual([40, 44, 48, null, null, null])
    expect(target.data).toEqual([null, 51, 52, 53, 54, 55])
    expect(forecast.data.map((d) => (d && typeof d === 'object' ? (d as { value: number }).value : d))).toEqual([null, null, 48, null, null, 60])
    expect(fact.markArea).toBeDefined()
    const axis = option.yAxis as { axisLabel: { formatter: (v: number) => string } }
    expect(axis.axisLabel.formatter(64.5)).toBe('64,5')
    expect(axis.axisLabel.formatter(-1.25)).toBe('−1,25')
  })

  it('draws no forecast when there is none', () => {
    const option = trendOption([{ year: 2021, target: 1, actual: 1 }], { unit: '', decimals: 0, baselineFrom: null, baselineTo: null, forecast: null })
    expect((option.series as { data: unknown[] }[])[2].data).toEqual([null])
  })

  it('colours schools at risk, and draws the municipal value and target as lines', () => {
    const option = schoolOption(
      { schools: [{ organizationId: 1, name: 'Ш1', actual: 25, target: null, isAtRisk: true }, { organizationId: 2, name: 'Ш2', actual: null, target: null, isAtRisk: false }], municipal: { actual: 18.3, target: 15, isRollup: true } },
      { unit: '%', decimals: 1 },
    )
    const bar = (option.series as { data: { value: number | null; itemStyle: { color: string } }[]; markLine: { data: { yAxis: number; label: { formatter: string } }[] } }[])[0]
    expect(bar.data.map((d) => d.value)).toEqual([25, null])
    expect(bar.data[0].itemStyle.color).not.toBe(bar.data[1].itemStyle.color)
    expect(bar.markLine.data.map((l) => [l.yAxis, l.label.formatter])).toEqual([
      [18.3, 'свод: 18,3'],
      [15, 'план: 15,0'],
    ])
    expect((option.xAxis as { data: string[] }).data).toEqual(['Ш1', 'Ш2\n(нет данных)'])
  })
})

