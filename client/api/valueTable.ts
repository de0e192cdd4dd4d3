// The grid's values arrive as columns (Query.valueTable: the i-th item of each list is the i-th
// value); the app keeps each indicator's list of values. Pure: no requests, no Vue.
import type { RoadmapData, RoadmapIndicator, ServerValue, ValueStatus } from './operations.js'

export interface ValueTableColumns {
  ids: number[]
  indicatorIds: number[]
  organizationIds: (number | null)[]
  years: number[]
  targets: (number | null)[]
  actuals: (number | null)[]
  notes: (string | null)[]
  versions: number[]
  statuses: ValueStatus[]
  deviations: (number | null)[]
}

/** The columns of ValueTable the app reads, as a GraphQL selection. */
export const VALUE_TABLE_FIELDS = 'ids indicatorIds organizationIds years targets actuals notes versions statuses deviations'

/** A roadmap without its values: what stays the same from one scope to the next. */
export interface RoadmapStructure {
  allDirections: RoadmapData['allDirections']
  indicators: Omit<RoadmapIndicator, 'values'>[]
}

/** The k-th value of the columns. */
export function valueAt(table: ValueTableColumns, k: number): ServerValue {
  const organizationId = table.organizationIds[k]
  return {
    id: table.ids[k],
    year: table.years[k],
    target: table.targets[k],
    actual: table.actuals[k],
    note: table.notes[k],
    version: table.versions[k],
    status: table.statuses[k],
    deviation: table.deviations[k],
    organization: organizationId === null ? null : { id: organizationId },
  }
}

/** The values of each indicator, in the order the server sent them (organisation, then year). */
export function valuesByIndicator(table: ValueTableColumns): Map<number, ServerValue[]> {
  const byIndicator = new Map<number, ServerValue[]>()
  for (let k = 0; k < table.ids.length; k++) {
    const value = valueAt(table, k)
    const list = byIndicator.get(table.indicatorIds[k])
    if (list) list.push(value)
    else byIndicator.set(table.indicatorIds[k], [value])
  }
  return byIndicator
}

/** Whether every value belongs to an indicator of the structure (else the structure is out of date). */
export function coversValues(structure: RoadmapStructure, table: ValueTableColumns): boolean {
  const known = new Set(structure.indicators.map((i) => i.id))
  return table.indicatorIds.every((id) => known.has(id))
}

/** The roadmap as the pages use it: its fields, its structure, each indicator with its values (fresh lists every time). */
export function assembleRoadmap(
  roadmap: Omit<RoadmapData, 'allDirections' | 'indicators'>,
  structure: RoadmapStructure,
  table: ValueTableColumns,
): RoadmapData {
  const values = valuesByIndicator(table)
  return {
    ...roadmap,
    allDirections: structure.allDirections.map((d) => ({ ...d })),
    indicators: structure.indicators.map((i) => ({ ...i, direction: { ...i.direction }, values: values.get(i.id) ?? [] })),
  }
}
