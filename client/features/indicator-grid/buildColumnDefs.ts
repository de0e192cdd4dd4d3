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

/** What every column shares: the text, the tooltip and the colouring asked of the view. */
export function baseColumnDef(view: CellView, colId: string): ColDef<GridRow> {
  const flag = (colId: string, pick: (f: CellFlags) => boolean) => (p: CellClassParams<GridRow>) =>
    !!p.data && pick(view.flags(p.data, colId, p.node.rowIndex))
  const rules = (colId: string) => ({
    'cell-in-range': flag(colId, (f) => f.isInRange),
    'cell-readonly': flag(colId, (f) => f.isReadOnly),
    'cell-baseline': flag(colId, (f) => f.isBaseline),
    'cell-computed': flag(colId, (f) => f.isComputed),
    'st-met': flag(colId, (f) => f.status === 'met'),
    'st-not-met': flag(colId, (f) => f.status === 'not-met'),
    'st-no-data': flag(colId, (f) => f.status === 'no-data'),
    'st-pending': flag(colId, (f) => f.status === 'pending'),
    'sv-queued': flag(colId, (f) => f.save === 'queued'),
    'sv-saving': flag(colId, (f) => f.save === 'saving'),
    'sv-saved': flag(colId, (f) => f.save === 'saved'),
    'sv-failed': flag(colId, (f) => f.save === 'failed'),
    'sv-conflict': flag(colId, (f) => f.save === 'conflict'),
    'cell-invalid': flag(colId, (f) => f.isInvalid),
    'cell-note': flag(colId, (f) => f.hasNote),
    'cell-rollup-mismatch': flag(colId, (f) => f.isRollupMismatch),
  })
  const common = (colId: string): ColDef<GridRow> => ({
    colId,
    valueGetter: (p) => (p.data ? view.text(p.data, colId) : ''),
    tooltipValueGetter: (p: ITooltipParams<GridRow>) => (p.data ? view.tooltip(p.data as GridRow, colId) : undefined),
    cellClassRules: rules(colId),
    sortable: false,
    suppressMovable: true,
    suppressHeaderMenuButton: true,
  })
  return common(colId)
}

/** A value column of any layout, as lib/valueColumns.ts declares it. */
export function valueColumnDef(view: CellView, colId: string, field: ValueColumnField): ColDef<GridRow> {
  const column = valueColumn(field)
  return {
    ...baseColumnDef(view, colId),
    headerName: column.header,
    headerClass: ['hdr-field', `hdr-${field}`, ...(isComputed(column) ? ['hdr-computed'] : [])],
    width: column.width,
    type: 'rightAligned',
    editable: (p) => !!p.data && view.isEditable(p.data, colId),
    cellEditor: 'agTextCellEditor',
  }
}
