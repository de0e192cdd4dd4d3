import { describe, expect, it } from 'vitest'
import { doc002 } from '../../seeds/doc-002.js'
import { GoodDirection, MeasureStatusKind, RiskCombinator, RiskOperator, RollupRule, ValueStatus } from '../../server/domain/enums.js'
import { laggingReport } from '../../server/domain/lagging.js'
import { riskHits, riskWindow, trips } from '../../server/domain/risk.js'
import { rollup } from '../../server/domain/rollup.js'
import { trend } from '../../server/domain/trend.js'

describe('trend', () => {
  const values = [
    { year: 2019, target: null, actual: 40 },
    { year: 2020, target: null, actual: 44 },
    { year: 2021, target: 50, actual: 48 },
    { year: 2022, target: 55, actual: 52 },
    { year: 2025, target: 70, actual: null },
  ]

  it('gives the pace needed from the last actual and the pace so far', () => {
    expect(trend(values, 2025, GoodDirection.UP)).toMatchObject({ lastActualYear: 2022, lastActual: 52, finalTarget: 70, requiredPace: 6, paceSoFar: 4 })
  })

  it('forecasts the final year on a straight line and flags a miss', () => {
    expect(trend(values, 2025, GoodDirection.UP)).toMatchObject({ forecast: 64, forecastMisses: true })
    expect(trend(values, 2025, GoodDirection.DOWN)).toMatchObject({ forecast: 64, forecastMisses: false })
  })

  it('has no pace nor forecast without actuals, and no miss without a final target', () => {
    expect(trend([{ year: 2021, target: 5, actual: null }], 2025, GoodDirection.UP)).toMatchObject({ requiredPace: null, paceSoFar: null, forecast: null, forecastMisses: false })
    expect(trend([{ year: 2021, target: null, actual: 1 }, { year: 2022, target: null, actual: 2 }], 2025, GoodDirection.UP).forecastMisses).toBe(false)
  })

  it('seen from 2022, ignores the 2023 fact: pace and forecast from the facts up to 2022 only', () => {
    const withLater = [...values, { year: 2023, target: 60, actual: 70 }]
    const asOf2022 = trend(withLater, 2025, GoodDirection.UP, { asOfYear: 2022 })
    expect(asOf2022).toEqual(trend(values, 2025, GoodDirection.UP))
    expect(asOf2022).toMatchObject({ lastActualYear: 2022, lastActual: 52, requiredPace: 6, paceSoFar: 4, forecast: 64, forecastMisses: true })
    // Seen from 2023 the jump counts: 40, 44, 48, 52, 70 give a line reaching 78 in 2025.
    expect(trend(withLater, 2025, GoodDirection.UP, { asOfYear: 2023 })).toMatchObject({ lastActualYear: 2023, lastActual: 70, requiredPace: 0, paceSoFar: 7.5, forecast: 78, forecastMisses: false })
  })

  it('keeps the final target however early the year viewed: the plan is known from the start', () => {
    expect(trend(values, 2025, GoodDirection.UP, { asOfYear: 2020 })).toMatchObject({ finalTarget: 70, lastActualYear: 2020, requiredPace: 5.2, forecast: 64 })
  })
})

describe('rollup', () => {
  it('sums, averages, or leaves alone by the rule, skipping schools without data', () => {
    expect(rollup(RollupRule.SUM, [3, 5, null], null, 0)).toEqual({ value: 8, count: 2, disagrees: false })
    expect(rollup(RollupRule.MEAN, [25, 10, 20], null, 1)).toEqual({ value: 18.3, count: 3, disagrees: false })
    expect(rollup(RollupRule.NONE, [1, 2], 5, 0)).toEqual({ value: null, count: 2, disagrees: false })
    expect(rollup(RollupRule.SUM, [null], 5, 0)).toEqual({ value: null, count: 0, disagrees: false })
  })

  it('flags an entered value that differs beyond rounding', () => {
    expect(rollup(RollupRule.SUM, [3, 5], 9, 0).disagrees).toBe(true)
    expect(rollup(RollupRule.MEAN, [25, 10, 20], 18.3, 1).disagrees).toBe(false)
  })
})

describe('risk rules', () => {
  it('compares by each operator, the threshold included for ≥ and ≤', () => {
    expect(trips(RiskOperator.GTE, 20, 20)).toBe(true)
    expect(trips(RiskOperator.GT, 20, 20)).toBe(false)
    expect(trips(RiskOperator.LTE, 5, 5)).toBe(true)
    expect(trips(RiskOperator.LT, 5, 5)).toBe(false)
  })

  const oneYear = { combinator: RiskCombinator.OR, windowYears: 1, minYears: 1, windowIncludesCurrent: true }

  it('flags every school whose value of the year trips a one-year rule, skipping missing values, other years and clauses without an indicator', () => {
    const rules = [
      { id: 1, ...oneYear, clauses: [{ indicatorId: 7, operator: RiskOperator.GTE, threshold: 20 }] },
      { id: 2, ...oneYear, clauses: [{ indicatorId: null, operator: RiskOperator.GT, threshold: 0 }] },
    ]
    const values = [
      { organizationId: 1, indicatorId: 7, year: 2022, actual: 25 },
      { organizationId: 2, indicatorId: 7, year: 2022, actual: 10 },
      { organizationId: 2, indicatorId: 7, year: 2021, actual: 90 },
      { organizationId: 3, indicatorId: 7, year: 2022, actual: null },
      { organizationId: 4, indicatorId: 8, year: 2022, actual: 99 },
    ]
    expect(riskHits(rules, values, 2022)).toEqual([
      { ruleId: 1, organizationId: 1, years: [{ year: 2022, values: [{ clauseIndex: 0, indicatorId: 7, value: 25, trips: true }] }] },
    ])
  })

  it('reads the years before identification, or up to it, as the window says', () => {
    expect(riskWindow({ windowYears: 3, windowIncludesCurrent: false }, 2024)).toEqual([2021, 2022, 2023])
    expect(riskWindow({ windowYears: 3, windowIncludesCurrent: true }, 2024)).toEqual([2022, 2023, 2024])
    expect(riskWindow({ windowYears: 1, windowIncludesCurrent: true }, 2024)).toEqual([2024])
  })

  it('needs every clause joined by «и» to hold in the same year', () => {
    const rule = { id: 1, ...oneYear, combinator: RiskCombinator.AND, clauses: [{ indicatorId: 1, operator: RiskOperator.GTE, threshold: 20 }, { indicatorId: 2, operator: RiskOperator.LTE, threshold: 0 }] }
    const school = (organizationId: number, a: number | null, b: number | null) => [
      { organizationId, indicatorId: 1, year: 2022, actual: a },
      { organizationId, indicatorId: 2, year: 2022, actual: b },
    ]
    const hits = riskHits([rule], [...school(1, 25, 0), ...school(2, 25, 3), ...school(3, 25, null)], 2022)
    expect(hits.map((h) => h.organizationId)).toEqual([1])
  })
})

describe('002’s risk rules as the document writes them', () => {
  // «процентная доля обучающихся, получивших за ВПР по предмету «Русский язык, 4 класс» оценку «2», 20% и более
  // и/или отсутствуют обучающиеся, получившие оценку «5», 2 учебных года или более из последних 3 учебных лет,
  // предшествующих году проведения идентификации»
  const seeded = doc002().roadmaps[0].riskRules
  const codes = [...new Set(seeded.flatMap((r) => r.clauses.map((c) => c.indicatorCode!)))]
  const idOf = (code: string) => codes.indexOf(code) + 1
  const rules = seeded.map((r, i) => ({
    id: i + 1, combinator: r.combinator as RiskCombinator, windowYears: r.windowYears, minYears: r.minYears, windowIncludesCurrent: r.windowIncludesCurrent,
    clauses: r.clauses.map((c) => ({ indicatorId: idOf(c.indicatorCode!), operator: c.operator as RiskOperator, threshold: c.threshold })),
  }))
  const P1 = seeded.findIndex((r) => r.code === 'Р1') + 1
  const twos = idOf('1.2.1.01')
  const fives = idOf('1.2.1.01-5')

  /** Three school years of ВПР «Русский язык, 4 класс» per school: [share of «2», pupils with «5»]. */
  const schools: Record<number, [number, number][]> = {
    1: [[25, 3], [10, 4], [12, 2]], // one year with 20 % or more «2»: not flagged
    2: [[25, 3], [10, 4], [22, 1]], // two of three: flagged
    3: [[10, 0], [5, 2], [8, 0]], // no «5» in two years: flagged by the second clause
    4: [[30, 2], [8, 0], [9, 5]], // «2» in one year, no «5» in another: two years in which the condition held
    5: [[19.9, 1], [15, 2], [20, 3]], // 20 % only in one year, 19,9 % is under the threshold
  }
  const values = Object.entries(schools).flatMap(([org, years]) =>
    years.flatMap(([share, count], i) => [
      { organizationId: Number(org), indicatorId: twos, year: 2021 + i, actual: share },
      { organizationId: Number(org), indicatorId: fives, year: 2021 + i, actual: count },
    ]),
  )

  it('flags on two of the three years before identification, never on one', () => {
    const hits = riskHits(rules, values, 2024).filter((h) => h.ruleId === P1)
    expect(hits.map((h) => [h.organizationId, h.years.map((y) => y.year)])).toEqual([
      [2, [2021, 2023]],
      [3, [2021, 2023]],
      [4, [2021, 2022]],
    ])
  })

  it('names the values of every year that tripped the rule, clause by clause', () => {
    const hit = riskHits(rules, values, 2024).find((h) => h.ruleId === P1 && h.organizationId === 4)!
    expect(hit.years).toEqual([
      { year: 2021, values: [{ clauseIndex: 0, indicatorId: twos, value: 30, trips: true }, { clauseIndex: 1, indicatorId: fives, value: 2, trips: false }] },
      { year: 2022, values: [{ clauseIndex: 0, indicatorId: twos, value: 8, trips: false }, { clauseIndex: 1, indicatorId: fives, value: 0, trips: true }] },
    ])
  })

  it('does not read the year of identification itself, nor later years', () => {
    // identified in 2023 the window is 2020–2022: school 2 tripped only in 2021 of those
    expect(riskHits(rules, values, 2023).filter((h) => h.ruleId === P1).map((h) => h.organizationId)).toEqual([4])
  })
})

describe('laggingReport', () => {
  const indicators = [
    { indicatorId: 1, status: ValueStatus.NOT_MET, forecastMisses: false },
    { indicatorId: 2, status: ValueStatus.MET, forecastMisses: true },
    { indicatorId: 3, status: ValueStatus.MET, forecastMisses: false },
    { indicatorId: 4, status: ValueStatus.NOT_MET, forecastMisses: false },
  ]

  it('lists lagging indicators that no scheduled unfinished measure works on', () => {
    const measures = [
      { measureId: 10, indicatorIds: [1], status: MeasureStatusKind.IN_PROGRESS, isScheduled: true, isOverdue: false },
      { measureId: 11, indicatorIds: [4], status: MeasureStatusKind.PLANNED, isScheduled: false, isOverdue: false },
    ]
    expect(laggingReport(indicators, measures).withoutActiveMeasure).toEqual([2, 4])
  })

  it('lists a lagging indicator whose linked measures are all overdue: an overdue measure is not an active one', () => {
    const measures = [
      { measureId: 10, indicatorIds: [1], status: MeasureStatusKind.PLANNED, isScheduled: true, isOverdue: true },
      { measureId: 11, indicatorIds: [1, 2], status: MeasureStatusKind.IN_PROGRESS, isScheduled: true, isOverdue: true },
      { measureId: 12, indicatorIds: [4], status: MeasureStatusKind.PLANNED, isScheduled: true, isOverdue: false },
    ]
    expect(laggingReport(indicators, measures).withoutActiveMeasure).toEqual([1, 2])
  })

  it('lists done measures whose indicator still lags', () => {
    const measures = [
      { measureId: 10, indicatorIds: [1, 3], status: MeasureStatusKind.DONE, isScheduled: true, isOverdue: false },
      { measureId: 11, indicatorIds: [2], status: MeasureStatusKind.CANCELLED, isScheduled: true, isOverdue: false },
    ]
    expect(laggingReport(indicators, measures).doneButLagging).toEqual([[10, 1]])
  })
})
