// When a measure is due and whether it is overdue. Pure: schedule + per-year statuses + today.
//
// A status is kept per measure and year, so every deadline belongs to a year:
// - ONCE and YEARS are due in the years they name, ANNUAL in every year of the period, at the end
//   of each of their due months («Декабрь Июнь»: 30 June and 31 December).
// - A year's last deadline is met by «Выполнено» or «Отменено» for that year; an earlier one
//   (June of «Декабрь Июнь», a quarter) also by «Выполняется»: done this time, more to come this year.
// - CYCLE («1 раз в 3 года») runs in rounds of its years from the period's first year; a round is
//   due at the end of its last year and met by «Выполнено» or «Отменено» in any of its years.
//   A round the period cuts short is not due within it.
// - PERMANENT, EVENT and UNKNOWN have no date, so they are never overdue; a year without a status
//   for them is «без статуса за год» (isUnreportedIn), told apart from overdue.
import type { Schedule } from '../modules/measure/schedule.js'
import { MeasureStatusKind } from './enums.js'

export interface Period {
  periodFrom: number
  periodTo: number
}

export interface DuePoint {
  /** The year whose status answers for this deadline. */
  year: number
  /** The last moment it may be done: the end of its due month. */
  due: Date
  /** The years whose «Выполнено» or «Отменено» meets it: the year itself, or a CYCLE's round. */
  metBy: number[]
  /** Not the last deadline of its year, so «Выполняется» meets it too. */
  isInterim: boolean
}

export interface YearStatus {
  year: number
  status: MeasureStatusKind
}

const CLOSED = [MeasureStatusKind.DONE, MeasureStatusKind.CANCELLED]

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)

/** The end of a month: its last day, 23:59:59 UTC. */
const endOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0, 23, 59, 59))

/** Every deadline of a measure, in order. PERMANENT, EVENT and UNKNOWN schedules have none. */
export function duePoints(schedule: Schedule, period: Period): DuePoint[] {
  const inYears = (years: number[]) =>
    years.flatMap((year) =>
      schedule.dueMonths.map((month, i) => ({ year, due: endOfMonth(year, month), metBy: [year], isInterim: i < schedule.dueMonths.length - 1 })),
    )
  switch (schedule.kind) {
    case 'ONCE':
    case 'YEARS':
      return inYears(schedule.years.length ? schedule.years : schedule.yearFrom !== null ? range(schedule.yearFrom, schedule.yearTo ?? schedule.yearFrom) : [])
    case 'ANNUAL':
      return inYears(range(period.periodFrom, period.periodTo))
    case 'CYCLE': {
      const every = Math.max(1, schedule.everyYears)
      const lastMonth = schedule.dueMonths.at(-1) ?? 12
      const rounds = range(0, Math.floor((period.periodTo - period.periodFrom + 1) / every) - 1)
      return rounds.map((n) => {
        const first = period.periodFrom + n * every
        const year = first + every - 1
        return { year, due: endOfMonth(year, lastMonth), metBy: range(first, year), isInterim: false }
      })
    }
    default:
      return []
  }
}

/** The distinct years that have a deadline, ascending. */
export function dueYears(schedule: Schedule, period: Period): number[] {
  return [...new Set(duePoints(schedule, period).map((p) => p.year))]
}

function isMet(point: DuePoint, statuses: YearStatus[]): boolean {
  return statuses.some(
    (s) => (point.metBy.includes(s.year) && CLOSED.includes(s.status)) || (point.isInterim && s.year === point.year && s.status === MeasureStatusKind.IN_PROGRESS),
  )
}

/** The years with a deadline that has passed and is not met, ascending. */
export function overdueYears(schedule: Schedule, statuses: YearStatus[], period: Period, today: Date): number[] {
  return [...new Set(duePoints(schedule, period).filter((p) => p.due < today && !isMet(p, statuses)).map((p) => p.year))]
}

/** Whether the measure is planned in a year: it has a deadline then, or it runs all the period (permanent, on events, in rounds). */
export function isScheduledIn(schedule: Schedule, year: number, period: Period): boolean {
  if (schedule.kind === 'ONCE' || schedule.kind === 'YEARS' || schedule.kind === 'ANNUAL') return duePoints(schedule, period).some((p) => p.year === year)
  return year >= period.periodFrom && year <= period.periodTo
}

/**
 * Planned in a year that has begun, with no deadline in it (permanent, on events, between a cycle's
 * deadlines) and no status set for it: not overdue, but nobody has said how it went.
 */
export function isUnreportedIn(schedule: Schedule, statuses: YearStatus[], year: number, period: Period, today: Date): boolean {
  return (
    isScheduledIn(schedule, year, period) &&
    today >= new Date(Date.UTC(year, 0, 1)) &&
    !duePoints(schedule, period).some((p) => p.year === year) &&
    !statuses.some((s) => s.year === year)
  )
}
