// Column definitions of the roadmap table from its layout. Pure: what a cell shows, how it is
// coloured and whether it is editable are asked of the CellView the grid passes in.
import type { CellClassParams, ColDef, ColGroupDef, ICellRendererParams, ITooltipParams } from 'ag-grid-community'
import { LEFT_COLUMNS, yearGroups, type TableLayout } from './lib/columns.js'
import type { GridRow } from './lib/rowModel.js'

export interface CellFlags {
  isReadOnly: boolean
  isBaseline: boolean
  isDeviation: boolean
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

type Params = CellClassParams<GridRow> | ICellRendererParams<GridRow>

/** What every column shares: the text, the tooltip and the colouring asked of the view. */
export function baseColumnDef(view: CellView, colId: string): ColDef<GridRow> {
  const flag = (colId: string, pick: (f: CellFlags) => boolean) => (p: CellClassParams<GridRow>) =>
    !!p.data && pick(view.flags(p.data, colId, p.node.rowIndex))
  const rules = (colId: string) => ({
    'cell-in-range': flag(colId, (f) => f.isInRange),
    'cell-readonly': flag(colId, (f) => f.isReadOnly),
    'cell-baseline': flag(colId, (f) => f.isBaseline),
    'cell-deviation': flag(colId, (f) => f.isDeviation),
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

/** A value column (План, Факт, Откл.) of any layout. */
export function valueColumnDef(view: CellView, colId: string, header: string, field: string): ColDef<GridRow> {
  return {
    ...baseColumnDef(view, colId),
    headerName: header,
    headerClass: ['hdr-field', `hdr-${field}`],
    width: field === 'deviation' ? 68 : 76,
    type: 'rightAligned',
    editable: (p) => !!p.data && view.isEditable(p.data, colId),
    cellEditor: 'agTextCellEditor',
  }
}

export function buildColumnDefs(layout: TableLayout, view: CellView): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const common = (colId: string) => baseColumnDef(view, colId)
  const left: ColDef<GridRow>[] = LEFT_COLUMNS.map((spec) => {
    const base = common(spec.colId)
    if (spec.kind === 'code')
      return { ...base, headerName: spec.header, pinned: 'left', width: 96, cellRenderer: (p: Params) => codeCell(p) }
    if (spec.kind === 'name')
      return {
        ...base, headerName: spec.header, pinned: 'left', width: 350, resizable: true,
        cellRenderer: (p: Params) => clampedText(p.value as string),
        // A direction's title spans the name and unit columns.
        colSpan: (p) => (p.data?.kind === 'group' ? 2 : 1),
      }
    return { ...base, headerName: spec.header, pinned: 'left', width: 64 }
  })

  const groups: ColGroupDef<GridRow>[] = yearGroups(layout).map((g) => ({
    headerName: g.header,
    groupId: `year-${g.year}`,
    headerClass: ['hdr-year', g.isBaseline ? 'hdr-baseline' : '', g.isLocked ? 'hdr-locked' : ''].filter(Boolean),
    headerTooltip: g.isBaseline ? 'Базовый год: только просмотр' : g.isLocked ? 'Год закрыт для изменений' : undefined,
    marryChildren: true,
    children: g.columns.map((c) => valueColumnDef(view, c.colId, c.header, c.field)),
  }))

  return [...left, ...groups]
}

function codeCell(p: Params): HTMLElement {
  const row = p.data
  const span = document.createElement('span')
  span.className = 'code-cell'
  if (!row || row.kind === 'school') return span
  span.style.paddingLeft = `${row.depth * 12}px`
  if (row.kind === 'group') {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'group-toggle'
    button.tabIndex = -1
    button.textContent = row.isCollapsed ? '▸' : '▾'
    button.title = row.isCollapsed ? 'Развернуть' : 'Свернуть'
    button.setAttribute('aria-label', button.title)
    // The grid host toggles on the press: a click would land on a cell repainted by then.
    button.dataset.directionId = String(row.direction.id)
    span.append(button, document.createTextNode(row.direction.code))
  } else {
    span.textContent = row.indicator.code
  }
  return span
}

function clampedText(text: string): HTMLElement {
  const span = document.createElement('span')
  span.className = 'clamp-2'
  span.textContent = text ?? ''
  return span
}
