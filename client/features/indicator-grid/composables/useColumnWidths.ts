// Column widths the person dragged, kept in this browser per table and applied whenever the
// columns are built again (a reload, another choice of columns).
import type { ColDef, ColGroupDef, ColumnResizedEvent } from 'ag-grid-community'

type Defs<T> = (ColDef<T> | ColGroupDef<T>)[]

export function useColumnWidths(tableId: string | undefined, storage: Storage | undefined = globalThis.localStorage) {
  const key = `orientir:column-widths:${tableId}`
  let widths: Record<string, number> = {}
  try {
    if (tableId && storage) widths = JSON.parse(storage.getItem(key) ?? '{}') as Record<string, number>
  } catch {
    widths = {}
  }

  /** The definitions with the kept widths in place of the built ones. */
  function apply<T>(defs: Defs<T>): Defs<T> {
    return defs.map((def) => {
      if ('children' in def) return { ...def, children: apply(def.children) }
      const width = def.colId ? widths[def.colId] : undefined
      return typeof width === 'number' && width > 0 ? { ...def, width } : def
    })
  }

  function handleResized<T>(e: ColumnResizedEvent<T>): void {
    // Only a drag by the person, once it ends; not the grid's own sizing.
    if (!tableId || !storage || !e.finished || e.source !== 'uiColumnResized') return
    for (const column of e.columns ?? []) widths[column.getColId()] = column.getActualWidth()
    try {
      storage.setItem(key, JSON.stringify(widths))
    } catch {
      // A full or disabled storage: the widths last until the page is left.
    }
  }

  return { apply, handleResized }
}
