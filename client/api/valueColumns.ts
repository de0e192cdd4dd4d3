// The grid saves its batches as columns (Mutation.setValueColumns: the i-th item of each list is
// the i-th cell; each written field a column of its own, by cell number) and reads the written
// rows back as the columns of a ValueTable. Pure: no requests, no Vue.
import type { IndicatorValueInput, WrittenValue } from './operations.js'
import { valueAt, type ValueTableColumns } from './valueTable.js'

/** One written field: which cells of the batch (by number) and their values (null clears). */
export interface FieldColumn<T> {
  cells: number[]
  values: (T | null)[]
}

export interface ValueColumns {
  indicatorIds: number[]
  organizationIds: (number | null)[]
  years: number[]
  expectedVersions: number[]
  targets?: FieldColumn<number>
  actuals?: FieldColumn<number>
  notes?: FieldColumn<string>
}

/** The batch as columns: a field is sent for a cell only when the cell has it (omitted = unchanged). */
export function valueColumnsOf(cells: IndicatorValueInput[]): ValueColumns {
  const columns: ValueColumns = {
    indicatorIds: cells.map((c) => c.indicatorId),
    organizationIds: cells.map((c) => c.organizationId),
    years: cells.map((c) => c.year),
    expectedVersions: cells.map((c) => c.expectedVersion),
  }
  const fieldColumn = <T>(field: 'target' | 'actual' | 'note'): FieldColumn<T> | undefined => {
    const column: FieldColumn<T> = { cells: [], values: [] }
    cells.forEach((cell, k) => {
      if (cell[field] === undefined) return
      column.cells.push(k)
      column.values.push(cell[field] as T | null)
    })
    return column.cells.length > 0 ? column : undefined
  }
  const targets = fieldColumn<number>('target')
  const actuals = fieldColumn<number>('actual')
  const notes = fieldColumn<string>('note')
  return { ...columns, ...(targets && { targets }), ...(actuals && { actuals }), ...(notes && { notes }) }
}

/** The written rows, in the batch's order, as setIndicatorValues answers them. */
export function writtenValuesOf(table: ValueTableColumns): WrittenValue[] {
  return table.ids.map((_, k) => ({ ...valueAt(table, k), indicator: { id: table.indicatorIds[k] } }))
}
