import { describe, expect, it } from 'vitest'
import { GoodDirection, MeasureStatusKind, RiskOperator, RollupRule, ValueStatus } from '../../server/domain/enums.js'
import { laggingReport } from '../../server/domain/lagging.js'
import { riskHits, trips } from '../../server/domain/risk.js'
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

  it('flags every school whose value trips a rule, skipping missing values and rules without an indicator', () => {
    const rules = [{ id: 1, indicatorId: 7, operator: RiskOperator.GTE, threshold: 20 }, { id: 2, indicatorId: null, operator: RiskOperator.GT, threshold: 0 }]
    const values = [
      { organizationId: 1, indicatorId: 7, actual: 25 },
      { organizationId: 2, indicatorId: 7, actual: 10 },
      { organizationId: 3, indicatorId: 7, actual: null },
      { organizationId: 4, indicatorId: 8, actual: 99 },
    ]
    expect(riskHits(rules, values)).toEqual([{ ruleId: 1, organizationId: 1, indicatorId: 7, value: 25 }])
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
