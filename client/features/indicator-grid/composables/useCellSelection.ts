// The selected range of cells: mouse drag, Shift+click, Shift+arrows. AG Grid Community has no
// range selection, so the range lives here and the grid paints it with a cell class.
import type { Column, GridApi, IRowNode } from 'ag-grid-community'
import { shallowRef } from 'vue'
import type { CellPos } from '../lib/navigation.js'
import type { GridRow } from '../lib/rowModel.js'

export type { CellPos }

export interface RangeBounds {
  r1: number
  r2: number
  c1: number
  c2: number
}

export function useCellSelection(getApi: () => GridApi<GridRow> | null) {
  let anchor: CellPos | null = null
  let end: CellPos | null = null
  let bounds: RangeBounds | null = null
  let columnIndex = new Map<string, number>()
  let columns: Column[] = []
  /** Bumped on every change, for Vue (the status bar shows the size of the range). */
  const revision = shallowRef(0)

  function indexColumns(): void {
    const api = getApi()
    columns = api ? api.getAllDisplayedColumns() : []
    columnIndex = new Map(columns.map((c, i) => [c.getColId(), i]))
  }

  function computeBounds(): RangeBounds | null {
    if (!anchor || !end) return null
    const ca = columnIndex.get(anchor.colId)
    const ce = columnIndex.get(end.colId)
    if (ca === undefined || ce === undefined) return null
    return {
      r1: Math.min(anchor.rowIndex, end.rowIndex),
      r2: Math.max(anchor.rowIndex, end.rowIndex),
      c1: Math.min(ca, ce),
      c2: Math.max(ca, ce),
    }
  }

  function update(nextAnchor: CellPos | null, nextEnd: CellPos | null): void {
    const before = bounds
    anchor = nextAnchor
    end = nextEnd
    if (!columns.length) indexColumns()
    bounds = computeBounds()
    repaint(before, bounds)
    revision.value++
  }

  const isMulti = (r: RangeBounds | null) => !!r && (r.r1 !== r.r2 || r.c1 !== r.c2)

  function repaint(a: RangeBounds | null, b: RangeBounds | null): void {
    const api = getApi()
    // A single cell is shown by the grid's own focus outline: nothing of ours to paint or unpaint.
    if (!api || (!isMulti(a) && !isMulti(b))) return
    const r1 = Math.min(a?.r1 ?? Infinity, b?.r1 ?? Infinity)
    const r2 = Math.max(a?.r2 ?? -Infinity, b?.r2 ?? -Infinity)
    const c1 = Math.min(a?.c1 ?? Infinity, b?.c1 ?? Infinity)
    const c2 = Math.max(a?.c2 ?? -Infinity, b?.c2 ?? -Infinity)
    const rowNodes: IRowNode<GridRow>[] = []
    for (let r = r1; r <= r2; r++) {
      const node = api.getDisplayedRowAtIndex(r)
      if (node) rowNodes.push(node)
    }
    api.refreshCells({ rowNodes, columns: columns.slice(c1, c2 + 1), force: true })
  }

  return {
    revision,
    /** Columns were shown, hidden or re-ordered: positions by index are stale. */
    columnsChanged(): void {
      indexColumns()
      const before = bounds
      bounds = computeBounds()
      repaint(before, bounds)
      revision.value++
    },
    select(pos: CellPos): void {
      update(pos, pos)
    },
    extendTo(pos: CellPos): void {
      update(anchor ?? pos, pos)
    },
    /** Moves the far corner by rows/columns (Shift+arrows); returns the new corner. */
    extendBy(dRow: number, dCol: number, rowCount: number): CellPos | null {
      if (!anchor || !end) return null
      const c = columnIndex.get(end.colId)
      if (c === undefined) return null
      const nextCol = columns[Math.min(columns.length - 1, Math.max(0, c + dCol))]
      const next = { rowIndex: Math.min(rowCount - 1, Math.max(0, end.rowIndex + dRow)), colId: nextCol.getColId() }
      update(anchor, next)
      return next
    },
    selectAll(rowCount: number): void {
      if (!columns.length) indexColumns()
      if (!columns.length || rowCount === 0) return
      update({ rowIndex: 0, colId: columns[0].getColId() }, { rowIndex: rowCount - 1, colId: columns[columns.length - 1].getColId() })
    },
    clear(): void {
      update(null, null)
    },
    contains(rowIndex: number | null, colId: string): boolean {
      if (!bounds || rowIndex === null) return false
      if (bounds.r1 === bounds.r2 && bounds.c1 === bounds.c2) return false
      const c = columnIndex.get(colId)
      return c !== undefined && rowIndex >= bounds.r1 && rowIndex <= bounds.r2 && c >= bounds.c1 && c <= bounds.c2
    },
    bounds: (): RangeBounds | null => bounds,
    anchor: (): CellPos | null => anchor,
    /** Column ids of the range, left to right. */
    columnIds(): string[] {
      return bounds ? columns.slice(bounds.c1, bounds.c2 + 1).map((c) => c.getColId()) : []
    },
    /** Column ids from the range's left edge to the right end of the table. */
    columnIdsFromLeft(): string[] {
      return bounds ? columns.slice(bounds.c1).map((c) => c.getColId()) : []
    },
    cellCount(): number {
      return bounds ? (bounds.r2 - bounds.r1 + 1) * (bounds.c2 - bounds.c1 + 1) : 0
    },
  }
}

export type CellSelection = ReturnType<typeof useCellSelection>
