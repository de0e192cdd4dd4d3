// A table over the grid is a layout: what its rows are, which columns it shows, and which stored
// value (indicator × scope × year × field) each of its cells is. The roadmap table and the
// schools table are two layouts (layouts/); IndicatorGrid draws any layout and GridWorkspace.vue
// puts the one workspace shell around it. A new table is a new file in layouts/.
import type { ColDef, ColGroupDef } from 'ag-grid-community'
import type { Ref } from 'vue'
import type { Rollup } from '../../../server/domain/rollup.js'
import type { CellView } from './buildColumnDefs.js'
import type { FieldRef, RowKey } from './lib/cellChange.js'
import type { GridRow, IndicatorInfo } from './lib/rowModel.js'
import { valueColumn, type CellAddress, type ValueColumnField } from './lib/valueColumns.js'

/** Where a cell of the grid points in the store: the value row, the value column, its indicator. */
export interface CellLocation {
  indicator: IndicatorInfo
  cell: CellAddress
  field: ValueColumnField
}

/** How a layout maps its rows and columns onto the store. */
export interface CellLocator {
  /** The value behind a cell, or null for a label cell (code, name, a group row). */
  locate(row: GridRow, colId: string): CellLocation | null
  /** What a label cell shows. */
  label(row: GridRow, colId: string): string
  /** A read-only value row (the municipality row of the schools table). */
  isReadOnlyRow?(row: GridRow): boolean
  /** The grid rows that show a store row (indicator × scope × year) or are computed from it, to repaint them. */
  rowIdsOf(key: RowKey): string[]
  /** The schools' roll-up a cell shows beside its own value (the municipality's Факт), or null. */
  rollupOf?(row: GridRow, at: CellLocation): Rollup | null
}

export type GridColumnDefs = (ColDef<GridRow> | ColGroupDef<GridRow>)[]

export interface GridLayout {
  /** Names the table: the browser keeps its column widths under it. */
  tableId: string
  /** The toolbar's name for screen readers. */
  label: string
  /** The rows as shown now. */
  rows: Readonly<Ref<GridRow[]>>
  /** The columns as shown now, given what each cell shows (the grid's CellView). */
  columns: Readonly<Ref<(view: CellView) => GridColumnDefs>>
  locator: CellLocator
  /** Changes when the same rows and columns come to show other values (another scope): the grid repaints. */
  viewKey?: Readonly<Ref<string>>
  /** Changes when the table needs a new grid (the schools table's year). */
  gridKey?: Readonly<Ref<string>>
  noRowsText: string
  /** What the legend says of this table's rows and keys. */
  legendKeys: string
  /** Folds or unfolds a direction's rows; a table without group rows has none. */
  toggleGroup?(directionId: number): void
}

/** The editable value behind a cell, or null (label, a computed column, a read-only row). */
export function editableRef(locator: CellLocator, row: GridRow | undefined, colId: string): FieldRef | null {
  if (!row) return null
  const at = locator.locate(row, colId)
  const field = at ? valueColumn(at.field).field : null
  if (!at || field === null || locator.isReadOnlyRow?.(row)) return null
  return { ...at.cell, field }
}
