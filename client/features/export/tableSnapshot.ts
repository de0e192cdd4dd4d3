// The roadmap table exactly as shown — visible rows, visible columns, numbers as numbers — for
// the exports. Pure: the workspace passes the value accessors in.
import { shownColumns, yearGroups, type ColumnSpec, type TableLayout, type YearGroup } from '../indicator-grid/lib/columns.js'
import type { GroupRow, IndicatorRow } from '../indicator-grid/lib/rowModel.js'
import { isComputed, valueColumn, type ValueSource } from '../indicator-grid/lib/valueColumns.js'

export type SnapshotCell = string | number | null

export interface SnapshotRow {
  kind: 'group' | 'indicator'
  depth: number
  decimals: number
  cells: SnapshotCell[]
}

export interface TableSnapshot {
  title: string
  subtitle: string
  columns: ColumnSpec[]
  yearGroups: YearGroup[]
  rows: SnapshotRow[]
}

export interface SnapshotSource extends ValueSource {
  title: string
  subtitle: string
  rows: (GroupRow | IndicatorRow)[]
  layout: TableLayout
  organizationId: number | null
}

export function buildTableSnapshot(source: SnapshotSource): TableSnapshot {
  const columns = shownColumns(source.layout)
  const rows: SnapshotRow[] = source.rows.map((row) => {
    if (row.kind === 'group') {
      return {
        kind: 'group', depth: row.depth, decimals: 0,
        cells: columns.map((c) => (c.kind === 'code' ? row.direction.code : c.kind === 'name' ? row.direction.title : null)),
      }
    }
    const i = row.indicator
    return {
      kind: 'indicator', depth: row.depth, decimals: i.decimals,
      cells: columns.map((c) => {
        if (c.kind !== 'value') return c.kind === 'code' ? i.code : c.kind === 'name' ? i.name : i.unit
        const cell = { indicatorId: i.id, organizationId: source.organizationId, year: c.year }
        const column = valueColumn(c.field)
        const value = isComputed(column) ? column.valueOf(source, cell) : source.valueOf({ ...cell, field: column.field })
        return value === null ? null : roundTo(value, i.decimals)
      }),
    }
  })
  return { title: source.title, subtitle: source.subtitle, columns, yearGroups: yearGroups(source.layout), rows }
}

/** A computed value as a double (65.3 − 64.8 = 0.5000000000000071) rounded to what the indicator shows. */
function roundTo(value: number, decimals: number): number {
  const f = 10 ** Math.min(4, Math.max(0, decimals))
  return Math.round(value * f) / f
}
