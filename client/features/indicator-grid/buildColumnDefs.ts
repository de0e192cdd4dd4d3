// What every column of every layout shares: the text, tooltip and colouring asked of the CellView
// the grid passes in, and the value columns as lib/valueColumns.ts declares them. Pure.
import type { CellClassParams, ColDef, ITooltipParams } from 'ag-grid-community'
import type { GridRow } from './lib/rowModel.js'
import { isComputed, valueColumn, type ValueColumnField } from './lib/valueColumns.js'

export interface CellFlags {
  isReadOnly: boolean
  isBaseline: boolean
  /** A computed column's cell (Откл.): read-only, derived. */
  isComputed: boolean
  status: 'met' | 'not-met' | 'no-data' | 'pending' | null
  save: 'queued' | 'saving' | 'saved' | 'failed' | 'conflict' | null
  isInvalid: boolean
  isInRange: boolean
  hasNote: boolean
  /** The municipality's entered value differs from the schools' roll-up. */
  isRollupMismatch: boolean
}

export interface CellView {
  text(row: GridRow, colId: string): string
  flags(row: GridRow, colId: string, rowIndex: number | null): CellFlags
  tooltip(row: GridRow, colId: string): string | undefined
  isEditable(row: GridRow, colId: string): boolean
}

/** The classes of a cell with these flags: its range, read-only, status, save state and marks. */
export function cellClasses(f: CellFlags): string[] {
  const classes: string[] = []
  if (f.isInRange) classes.push('cell-in-range')
  if (f.isReadOnly) classes.push('cell-readonly')
  if (f.isBaseline) classes.push('cell-baseline')
  if (f.isComputed) classes.push('cell-computed')
  if (f.status) classes.push(`st-${f.status}`)
  if (f.save) classes.push(`sv-${f.save}`)
  if (f.isInvalid) classes.push('cell-invalid')
  if (f.hasNote) classes.push('cell-note')
  if (f.isRollupMismatch) classes.push('cell-rollup-mismatch')
  return classes
}

/**
 * What every column shares: the text, the tooltip and the colouring asked of the view.
 * `classes`: the column's own classes on every cell (a cellClass replaces a column type's).
 */
export function baseColumnDef(view: CellView, colId: string, classes: string[] = []): ColDef<GridRow> {
  return {
    colId,
    valueGetter: (p) => (p.data ? view.text(p.data, colId) : ''),
    tooltipValueGetter: (p: ITooltipParams<GridRow>) => (p.data ? view.tooltip(p.data as GridRow, colId) : undefined),
    // One function asking the view once per cell, not a rule per class each asking again: the grid
    // sets these classes afresh on every forced refresh, which is how every change repaints.
    cellClass: (p: CellClassParams<GridRow>) => (p.data ? [...classes, ...cellClasses(view.flags(p.data, colId, p.node.rowIndex))] : classes),
    sortable: false,
    suppressMovable: true,
    suppressHeaderMenuButton: true,
  }
}

/** A value column of any layout, as lib/valueColumns.ts declares it. */
export function valueColumnDef(view: CellView, colId: string, field: ValueColumnField): ColDef<GridRow> {
  const column = valueColumn(field)
  return {
    // The rightAligned type's cell class, which the column's cellClass would otherwise replace.
    ...baseColumnDef(view, colId, ['ag-right-aligned-cell']),
    headerName: column.header,
    headerClass: ['hdr-field', `hdr-${field}`, ...(isComputed(column) ? ['hdr-computed'] : [])],
    width: column.width,
    type: 'rightAligned',
    editable: (p) => !!p.data && view.isEditable(p.data, colId),
    cellEditor: 'agTextCellEditor',
  }
}
