// Lagging indicators set against the measures meant to move them. Pure.
import { MeasureStatusKind, ValueStatus } from './enums.js'

export interface IndicatorState {
  indicatorId: number
  status: ValueStatus
  forecastMisses: boolean
}

export interface LinkedMeasure {
  measureId: number
  indicatorIds: number[]
  /** Its status for the year (PLANNED when none was set). */
  status: MeasureStatusKind
  isScheduled: boolean
  isOverdue: boolean
}

/** Behind its target this year, or heading to miss the final one. */
export const isLagging = (s: IndicatorState): boolean => s.status === ValueStatus.NOT_MET || s.forecastMisses

const ACTIVE = [MeasureStatusKind.PLANNED, MeasureStatusKind.IN_PROGRESS]

export interface LaggingReport {
  /** Lagging indicators that no scheduled, unfinished measure works on. */
  withoutActiveMeasure: number[]
  /** Measures done this year whose indicator still lags: [measureId, indicatorId]. */
  doneButLagging: [number, number][]
}

export function laggingReport(indicators: IndicatorState[], measures: LinkedMeasure[]): LaggingReport {
  const lagging = indicators.filter(isLagging).map((s) => s.indicatorId)
  const withoutActiveMeasure = lagging.filter(
    (id) => !measures.some((m) => m.indicatorIds.includes(id) && m.isScheduled && ACTIVE.includes(m.status)),
  )
  const doneButLagging: [number, number][] = []
  for (const m of measures) {
    if (m.status !== MeasureStatusKind.DONE) continue
    for (const id of m.indicatorIds) if (lagging.includes(id)) doneButLagging.push([m.measureId, id])
  }
  return { withoutActiveMeasure, doneButLagging }
}
