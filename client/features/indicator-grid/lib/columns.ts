// Which columns the table shows and what each column id means. Pure: the grid, the clipboard
// and the export all read the same layout.
import type { FieldRef, ValueField } from './cellChange.js'
import type { GridRow } from './rowModel.js'

export type ValueColumnField = ValueField | 'deviation'

export interface ColumnVisibility {
  target: boolean
  actual: boolean
  deviation: boolean
}

export interface TableLayout {
  years: number[]
  periodFrom: number
  lockedYears: number[]
  show: ColumnVisibility
}

export type ColumnSpec =
  | { kind: 'code' | 'name' | 'unit'; colId: string; header: string }
  | { kind: 'value'; colId: string; header: string; year: number; field: ValueColumnField; isBaseline: boolean }

export interface YearGroup {
  year: number
  header: string
  isBaseline: boolean
  isLocked: boolean
  columns: Extract<ColumnSpec, { kind: 'value' }>[]
}

export const FIELD_HEADERS: Record<ValueColumnField, string> = { target: 'План', actual: 'Факт', deviation: 'Откл.' }

export const LEFT_COLUMNS: Extract<ColumnSpec, { kind: 'code' | 'name' | 'unit' }>[] = [
  { kind: 'code', colId: 'code', header: 'Код' },
  { kind: 'name', colId: 'name', header: 'Показатель' },
  { kind: 'unit', colId: 'unit', header: 'Ед.' },
]

export const valueColId = (year: number, field: ValueColumnField): string => `y${year}:${field}`

export function parseColId(colId: string): { year: number; field: ValueColumnField } | null {
  const m = /^y(\d{4}):(target|actual|deviation)$/.exec(colId)
  return m ? { year: Number(m[1]), field: m[2] as ValueColumnField } : null
}

/** Year groups as shown: baseline years hold Факт only; period years План, Факт, Откл. as chosen. */
export function yearGroups(layout: TableLayout): YearGroup[] {
  return layout.years
    .map((year) => {
      const isBaseline = year < layout.periodFrom
      const fields: ValueColumnField[] = isBaseline
        ? (['actual'] as const).filter((f) => layout.show[f])
        : (['target', 'actual', 'deviation'] as const).filter((f) => layout.show[f])
      const isLocked = layout.lockedYears.includes(year)
      return {
        year,
        header: isLocked ? `${year} (закрыт)` : String(year),
        isBaseline,
        isLocked,
        columns: fields.map((field) => ({ kind: 'value' as const, colId: valueColId(year, field), header: FIELD_HEADERS[field], year, field, isBaseline })),
      }
    })
    .filter((g) => g.columns.length > 0)
}

/** Every column as shown, left to right. */
export function shownColumns(layout: TableLayout): ColumnSpec[] {
  return [...LEFT_COLUMNS, ...yearGroups(layout).flatMap((g) => g.columns)]
}

/** The editable value behind a cell of the table, or null (group row, text column, Откл.). */
export function refAt(row: GridRow | undefined, colId: string, organizationId: number | null): FieldRef | null {
  if (!row || row.kind !== 'indicator') return null
  const col = parseColId(colId)
  if (!col || col.field === 'deviation') return null
  return { indicatorId: row.indicator.id, organizationId, year: col.year, field: col.field }
}
