// When a measure is due and whether it is overdue. Pure: schedule + per-year statuses + today.
import type { Schedule } from '../modules/measure/schedule.js'
import { MeasureStatusKind } from './enums.js'

export interface DuePoint {
  year: number
  /** The last day the measure may be done for this year (end of its last month, or 31 December). */
  due: Date
}

export interface YearStatus {
  year: number
  status: MeasureStatusKind
}

const CLOSED = [MeasureStatusKind.DONE, MeasureStatusKind.CANCELLED]

/** The years a measure has to be done in and by when. EVENT and UNKNOWN schedules have none. */
export function duePoints(schedule: Schedule, period: { periodFrom: number; periodTo: number }): DuePoint[] {
  const endOf = (year: number) => {
    const month = schedule.months.length ? Math.max(...schedule.months) : 12
    return new Date(Date.UTC(year, month, 0, 23, 59, 59))
  }
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
  let years: number[]
  switch (schedule.kind) {
    case 'ONCE':
    case 'YEARS':
      years = schedule.years.length ? schedule.years : schedule.yearFrom !== null ? range(schedule.yearFrom, schedule.yearTo ?? schedule.yearFrom) : []
      break
    case 'ANNUAL':
    case 'PERMANENT':
      years = range(period.periodFrom, period.periodTo)
      break
    default:
      years = []
  }
  return years.map((year) => ({ year, due: endOf(year) }))
}

/** The years whose due date has passed while the measure is not done (nor cancelled) for them. */
export function overdueYears(schedule: Schedule, statuses: YearStatus[], period: { periodFrom: number; periodTo: number }, today: Date): number[] {
  const closed = new Set(statuses.filter((s) => CLOSED.includes(s.status)).map((s) => s.year))
  return duePoints(schedule, period).filter((p) => p.due < today && !closed.has(p.year)).map((p) => p.year)
}

/** Whether the measure is planned in a year: it has a due point then, or it runs on events. */
export function isScheduledIn(schedule: Schedule, year: number, period: { periodFrom: number; periodTo: number }): boolean {
  if (schedule.kind === 'EVENT' || schedule.kind === 'UNKNOWN') return year >= period.periodFrom && year <= period.periodTo
  return duePoints(schedule, period).some((p) => p.year === year)
}
