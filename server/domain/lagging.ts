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
  /** Its deadline for the year has passed undone: it no longer counts as working on anything. */
  isOverdue: boolean
}

/** Behind its target this year, or heading to miss the final one. */
export const isLagging = (s: IndicatorState): boolean => s.status === ValueStatus.NOT_MET || s.forecastMisses

const ACTIVE = [MeasureStatusKind.PLANNED, MeasureStatusKind.IN_PROGRESS]

export interface LaggingReport {
  /** Lagging indicators that no active measure works on: scheduled, unfinished and not overdue. */
  withoutActiveMeasure: number[]
  /** Measures done this year whose indicator still lags: [measureId, indicatorId]. */
  doneButLagging: [number, number][]
}

const isActive = (m: LinkedMeasure): boolean => m.isScheduled && !m.isOverdue && ACTIVE.includes(m.status)

export function laggingReport(indicators: IndicatorState[], measures: LinkedMeasure[]): LaggingReport {
  const lagging = indicators.filter(isLagging).map((s) => s.indicatorId)
  const withoutActiveMeasure = lagging.filter(
    (id) => !measures.some((m) => m.indicatorIds.includes(id) && isActive(m)),
  )
  const doneButLagging: [number, number][] = []
  for (const m of measures) {
    if (m.status !== MeasureStatusKind.DONE) continue
    for (const id of m.indicatorIds) if (lagging.includes(id)) doneButLagging.push([m.measureId, id])
  }
  return { withoutActiveMeasure, doneButLagging }
}
