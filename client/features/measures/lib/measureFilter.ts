// Which years a measure takes a status in, and the measures page's filters. Pure.
import type { MeasureRow, MeasureStatusKind } from '../../../api/measureOperations.js'

export const STATUS_NAMES: Record<MeasureStatusKind, string> = {
  PLANNED: 'Запланировано',
  IN_PROGRESS: 'Выполняется',
  DONE: 'Выполнено',
  NOT_DONE: 'Не выполнено',
  CANCELLED: 'Отменено',
}
export const STATUS_ORDER: MeasureStatusKind[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE', 'CANCELLED']

export interface Period {
  periodFrom: number
  periodTo: number
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)

/**
 * The years a measure takes a status in, as the server reads its schedule: the years it names,
 * before the period too (a «Сентябрь 2020 г.» deadline in a 2021–2025 programme is closed for
 * 2020), or every year of the period for «ежегодно», «весь период» and measures tied to an event;
 * and every year that already holds a status. None after the period.
 */
export function statusYears(measure: Pick<MeasureRow, 'schedule' | 'statuses'>, period: Period): number[] {
  const { schedule } = measure
  let named: number[] = []
  switch (schedule.kind) {
    case 'ONCE':
    case 'YEARS':
      named = schedule.years.length ? schedule.years : schedule.yearFrom !== null ? range(schedule.yearFrom, schedule.yearTo ?? schedule.yearFrom) : []
      break
    default:
      named = range(period.periodFrom, period.periodTo)
  }
  const all = new Set([...named, ...measure.statuses.map((s) => s.year)])
  return [...all].filter((y) => y <= period.periodTo && (y >= period.periodFrom || named.includes(y) || measure.statuses.some((s) => s.year === y))).sort((a, b) => a - b)
}

/** A year without a status row is planned. */
export function statusOf(measure: Pick<MeasureRow, 'statuses'>, year: number): MeasureStatusKind {
  return measure.statuses.find((s) => s.year === year)?.status ?? 'PLANNED'
}

export interface MeasureFilter {
  /** The direction with its sub-sections; null: all. */
  directionIds: Set<number> | null
  party: string | null
  status: MeasureStatusKind | null
  year: number | null
  isOverdueOnly: boolean
}

export function filterMeasures(measures: MeasureRow[], filter: MeasureFilter, period: Period): MeasureRow[] {
  return measures.filter((m) => {
    if (filter.directionIds && !filter.directionIds.has(m.direction.id)) return false
    if (filter.party && !m.responsibleParties.includes(filter.party)) return false
    const years = statusYears(m, period)
    if (filter.year !== null && !years.includes(filter.year) && !m.overdueYears.includes(filter.year)) return false
    if (filter.isOverdueOnly && !(filter.year === null ? m.overdue : m.overdueYears.includes(filter.year))) return false
    if (filter.status) {
      const inYears = filter.year === null ? years : [filter.year]
      if (!inYears.some((y) => statusOf(m, y) === filter.status)) return false
    }
    return true
  })
}

/** A direction and everything under it. */
export function directionSubtree(directions: { id: number; parentId: number | null }[], rootId: number): Set<number> {
  const ids = new Set([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const d of directions)
      if (d.parentId !== null && ids.has(d.parentId) && !ids.has(d.id)) {
        ids.add(d.id)
        grew = true
      }
  }
  return ids
}

/** Every responsible party named in the measures, alphabetically. */
export function responsibleParties(measures: Pick<MeasureRow, 'responsibleParties'>[]): string[] {
  return [...new Set(measures.flatMap((m) => m.responsibleParties))].sort((a, b) => a.localeCompare(b, 'ru'))
}
