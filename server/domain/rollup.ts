// School values rolled up to the municipality by the indicator's rule. Pure.
import { RollupRule } from './enums.js'

export interface Rollup {
  value: number | null
  /** How many schools had a value. */
  count: number
  /** The value entered for the municipality differs from the roll-up beyond rounding. */
  disagrees: boolean
}

export function rollup(rule: RollupRule, schoolValues: (number | null)[], entered: number | null, decimals: number): Rollup {
  const present = schoolValues.filter((v): v is number => v !== null)
  let value: number | null = null
  if (present.length > 0) {
    if (rule === RollupRule.SUM) value = present.reduce((s, v) => s + v, 0)
    // Without each school's numerator and denominator a ratio can only be averaged.
    else if (rule === RollupRule.MEAN || rule === RollupRule.RATIO) value = present.reduce((s, v) => s + v, 0) / present.length
  }
  if (value !== null) value = Math.round(value * 10 ** decimals) / 10 ** decimals
  const disagrees = value !== null && entered !== null && Math.abs(value - entered) > 0.5 * 10 ** -decimals + 1e-9
  return { value, count: present.length, disagrees }
}
