// The value columns of the grid — План, Факт, Откл. — each declared once. An entered column names
// the stored field its cells show and edit; a computed column says how its value is derived and
// is read-only everywhere. Editing, paste, Enter/Tab, formatting, colouring, copy, the exports
// and the column switches of the toolbar all read these declarations; nothing else names a
// column. A new column of every table is one more entry here. Pure.
import type { FieldRef, ValueField } from './cellChange.js'
import type { FormatOptions } from './formatRuNumber.js'
import { formatDeviation, formatIndicatorValue, type ValueDisplayShape } from './formatValue.js'

/** One value row of the store: an indicator × scope (null = the municipality) × year. */
export interface CellAddress {
  indicatorId: number
  organizationId: number | null
  year: number
}

/** Where a computed column reads what it is computed from: the grid's store, or an export's source. */
export interface ValueSource {
  valueOf(ref: FieldRef): number | null
  /** Факт − План as the server computed it, or as the client does while an edit is unconfirmed. */
  deviationOf(cell: CellAddress): number | null
}

interface ColumnBase {
  header: string
  /** Width in the grid, in pixels. */
  width: number
  /** Shown in baseline years, which hold facts only. */
  isInBaseline: boolean
  /** Signed on screen and in the workbook («+1,5»). */
  isSigned: boolean
}

export interface EnteredColumn extends ColumnBase {
  /** The stored field its cells show and edit. */
  field: ValueField
}

export interface ComputedColumn extends ColumnBase {
  field: null
  /** What the hover over its cells says. */
  tooltip: string
  valueOf(source: ValueSource, cell: CellAddress): number | null
  format(value: number | null, shape: ValueDisplayShape, options?: FormatOptions): string
}

export type ValueColumn = EnteredColumn | ComputedColumn

export const VALUE_COLUMNS = {
  target: { header: 'План', width: 76, field: 'target', isInBaseline: false, isSigned: false },
  actual: { header: 'Факт', width: 76, field: 'actual', isInBaseline: true, isSigned: false },
  deviation: {
    header: 'Откл.', width: 68, field: null, isInBaseline: false, isSigned: true,
    tooltip: 'Отклонение: Факт − План (вычисляется)',
    valueOf: (source, cell) => source.deviationOf(cell),
    format: formatDeviation,
  },
} satisfies Record<string, ValueColumn>

/** A value column's name in column ids (`y2021:deviation`, `i12:actual`). */
export type ValueColumnField = keyof typeof VALUE_COLUMNS

/** Every value column in the order a year or an indicator shows them. */
export const VALUE_COLUMN_FIELDS = Object.keys(VALUE_COLUMNS) as ValueColumnField[]

export const valueColumn = (field: ValueColumnField): ValueColumn => VALUE_COLUMNS[field]

export const isComputed = (column: ValueColumn): column is ComputedColumn => column.field === null

/** The part of a column id that names a value column. */
export const VALUE_COLUMN_PATTERN = VALUE_COLUMN_FIELDS.join('|')

/** What a cell of the column shows: the stored value, or the computed one; «» for none. */
export function columnText(column: ValueColumn, source: ValueSource, cell: CellAddress, shape: ValueDisplayShape, options?: FormatOptions): string {
  if (isComputed(column)) return column.format(column.valueOf(source, cell), shape, options)
  return formatIndicatorValue(source.valueOf({ ...cell, field: column.field }), shape, options)
}
