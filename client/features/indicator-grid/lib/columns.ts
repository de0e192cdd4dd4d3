// Which columns the roadmap table shows (years × the value columns of lib/valueColumns.ts) and
// what each column id means. Pure: the grid, the clipboard and the export all read the same layout.
import type { FieldRef } from './cellChange.js'
import type { GridRow } from './rowModel.js'
import { VALUE_COLUMN_FIELDS, VALUE_COLUMN_PATTERN, VALUE_COLUMNS, type ValueColumnField } from './valueColumns.js'

export type { ValueColumnField }

/** Which value columns the toolbar's switches show. */
export type ColumnVisibility = Record<ValueColumnField, boolean>

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

export const LEFT_COLUMNS: Extract<ColumnSpec, { kind: 'code' | 'name' | 'unit' }>[] = [
  { kind: 'code', colId: 'code', header: 'Код' },
  { kind: 'name', colId: 'name', header: 'Показатель' },
  { kind: 'unit', colId: 'unit', header: 'Ед.' },
]

export const valueColId = (year: number, field: ValueColumnField): string => `y${year}:${field}`

const COL_ID = new RegExp(`^y(\\d{4}):(${VALUE_COLUMN_PATTERN})$`)

export function parseColId(colId: string): { year: number; field: ValueColumnField } | null {
  const m = COL_ID.exec(colId)
  return m ? { year: Number(m[1]), field: m[2] as ValueColumnField } : null
}

/** Year groups as shown: baseline years hold the columns declared for them (Факт); period years every column chosen. */
export function yearGroups(layout: TableLayout): YearGroup[] {
  return layout.years
    .map((year) => {
      const isBaseline = year < layout.periodFrom
      const fields = VALUE_COLUMN_FIELDS.filter((f) => layout.show[f] && (!isBaseline || VALUE_COLUMNS[f].isInBaseline))
      const isLocked = layout.lockedYears.includes(year)
      return {
        year,
        header: isLocked ? `${year} (закрыт)` : String(year),
        isBaseline,
        isLocked,
        columns: fields.map((field) => ({ kind: 'value' as const, colId: valueColId(year, field), header: VALUE_COLUMNS[field].header, year, field, isBaseline })),
      }
    })
    .filter((g) => g.columns.length > 0)
}

/** Every column as shown, left to right. */
export function shownColumns(layout: TableLayout): ColumnSpec[] {
  return [...LEFT_COLUMNS, ...yearGroups(layout).flatMap((g) => g.columns)]
}

/** The editable value behind a cell of the table, or null (group row, text column, a computed column). */
export function refAt(row: GridRow | undefined, colId: string, organizationId: number | null): FieldRef | null {
  if (!row || row.kind !== 'indicator') return null
  const col = parseColId(colId)
  const field = col ? VALUE_COLUMNS[col.field].field : null
  return field === null ? null : { indicatorId: row.indicator.id, organizationId, year: col!.year, field }
}
