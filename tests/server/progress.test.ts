import { describe, expect, it } from 'vitest'
import { GoodDirection, ValueStatus } from '../../server/domain/enums.js'
import { achievement, countStatuses, deviation, valueStatus } from '../../server/domain/progress.js'

const UP = GoodDirection.UP, DOWN = GoodDirection.DOWN, HOLD = GoodDirection.HOLD

describe('valueStatus', () => {
  it.each([
    [null, null, UP, ValueStatus.NO_TARGET],
    [null, 5, UP, ValueStatus.NO_TARGET],
    [5, null, UP, ValueStatus.NO_DATA],
    [64.8, 64.8, UP, ValueStatus.MET],
    [64.8, 64.7, UP, ValueStatus.NOT_MET],
    [64.8, 70, UP, ValueStatus.MET],
    [0, 0, DOWN, ValueStatus.MET],
    [0, 0.1, DOWN, ValueStatus.NOT_MET],
    [10, 9, DOWN, ValueStatus.MET],
    [10, 11, DOWN, ValueStatus.NOT_MET],
  ] as const)('target %s, actual %s, %s → %s', (target, actual, goodDirection, expected) => {
    expect(valueStatus({ target, actual, goodDirection })).toBe(expected)
  })

  it('meets a HOLD indicator within its tolerance and misses it outside', () => {
    expect(valueStatus({ target: 50, actual: 52, goodDirection: HOLD, tolerance: 2 })).toBe(ValueStatus.MET)
    expect(valueStatus({ target: 50, actual: 47.9, goodDirection: HOLD, tolerance: 2 })).toBe(ValueStatus.NOT_MET)
    expect(valueStatus({ target: 50, actual: 50, goodDirection: HOLD })).toBe(ValueStatus.MET)
  })

  it('does not let float noise decide: 0.1 + 0.2 meets 0.3', () => {
    expect(valueStatus({ target: 0.3, actual: 0.1 + 0.2, goodDirection: DOWN })).toBe(ValueStatus.MET)
  })
})

describe('deviation', () => {
  it('is actual − target without float noise', () => {
    expect(deviation(65, 64.8)).toBe(-0.2)
    expect(deviation(null, 1)).toBeNull()
    expect(deviation(1, null)).toBeNull()
  })
})

describe('achievement', () => {
  it.each([
    [55, 52, UP, 94.5],
    [50, 60, UP, 120],
    [0, 0, UP, 100],
    [0, 0, DOWN, 100],
    [0, 20, DOWN, 0],
    [10, 20, DOWN, 50],
    [10, 0, DOWN, 100],
    [10, 5, DOWN, 200],
  ] as const)('target %s, actual %s, %s → %s %%', (target, actual, goodDirection, expected) => {
    expect(achievement({ target, actual, goodDirection })).toBe(expected)
  })

  it('gives HOLD 100 within the tolerance and less by the relative miss beyond it', () => {
    expect(achievement({ target: 50, actual: 51, goodDirection: HOLD, tolerance: 1 })).toBe(100)
    expect(achievement({ target: 50, actual: 55, goodDirection: HOLD, tolerance: 0 })).toBe(90)
  })

  it('is null without a target or an actual', () => {
    expect(achievement({ target: null, actual: 1, goodDirection: UP })).toBeNull()
    expect(achievement({ target: 1, actual: null, goodDirection: UP })).toBeNull()
  })
})

describe('countStatuses', () => {
  it('counts each status and the total', () => {
    expect(countStatuses([ValueStatus.MET, ValueStatus.MET, ValueStatus.NOT_MET, ValueStatus.NO_DATA, ValueStatus.NO_TARGET])).toEqual({ met: 2, notMet: 1, noData: 1, noTarget: 1, total: 5 })
  })
})
