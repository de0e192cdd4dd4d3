// Status, deviation and achievement of one value against its target. The one place these
// rules live: the API, exports and the web app all ask this module.
import { GoodDirection, ValueStatus } from './enums.js'

export interface ValueFacts {
  target: number | null
  actual: number | null
  goodDirection: GoodDirection
  tolerance?: number | null
}

export function valueStatus({ target, actual, goodDirection, tolerance }: ValueFacts): ValueStatus {
  if (target === null) return ValueStatus.NO_TARGET
  if (actual === null) return ValueStatus.NO_DATA
  return isMet(target, actual, goodDirection, tolerance ?? 0) ? ValueStatus.MET : ValueStatus.NOT_MET
}

function isMet(target: number, actual: number, goodDirection: GoodDirection, tolerance: number): boolean {
  // Values arrive as doubles (64.8 stored and read back); compare with a hair of slack.
  const eps = 1e-9
  switch (goodDirection) {
    case GoodDirection.UP:
      return actual >= target - eps
    case GoodDirection.DOWN:
      return actual <= target + eps
    case GoodDirection.HOLD:
      return Math.abs(actual - target) <= tolerance + eps
  }
}

/** actual − target, or null when either is missing. Rounded to cut float noise (64.8 − 65). */
export function deviation(target: number | null, actual: number | null): number | null {
  if (target === null || actual === null) return null
  return roundTo(actual - target, 10)
}

/**
 * How much of the target is achieved, in percent, with the good direction taken into account:
 * UP — actual / target; DOWN — target / actual (a lower actual is better); HOLD — 100 within
 * the tolerance, less by the relative miss beyond it. A zero target is met only by reaching it:
 * 100 when the actual is on the good side of 0, otherwise 0. Capped below at 0.
 */
export function achievement({ target, actual, goodDirection, tolerance }: ValueFacts): number | null {
  if (target === null || actual === null) return null
  let percent: number
  if (goodDirection === GoodDirection.HOLD) {
    const miss = Math.max(0, Math.abs(actual - target) - (tolerance ?? 0))
    percent = target === 0 ? (miss === 0 ? 100 : 0) : 100 - (miss / Math.abs(target)) * 100
  } else if (target === 0) {
    percent = isMet(target, actual, goodDirection, 0) ? 100 : 0
  } else if (goodDirection === GoodDirection.UP) {
    percent = (actual / target) * 100
  } else {
    percent = actual === 0 ? 100 : (target / actual) * 100
  }
  return roundTo(Math.max(0, percent), 1)
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}

export interface StatusCounts {
  met: number
  notMet: number
  noData: number
  noTarget: number
  total: number
}

/** How many indicators met, missed, lack data or lack a target. */
export function countStatuses(statuses: ValueStatus[]): StatusCounts {
  const counts: StatusCounts = { met: 0, notMet: 0, noData: 0, noTarget: 0, total: statuses.length }
  for (const s of statuses) {
    if (s === ValueStatus.MET) counts.met++
    else if (s === ValueStatus.NOT_MET) counts.notMet++
    else if (s === ValueStatus.NO_DATA) counts.noData++
    else counts.noTarget++
  }
  return counts
}
