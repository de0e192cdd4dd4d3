// Copy, paste, fill down and clear over the selected range. Every write is one CellChange[]
// batch through applyBatch(), so validation, undo and autosave treat it like typing.
import type { GridApi } from 'ag-grid-community'
import type { CellChange, FieldRef, ValueField } from '../lib/cellChange.js'
import { editableRef, type CellLocator } from '../gridLayout.js'
import { formatIndicatorValue } from '../lib/formatValue.js'
import { isComputed, VALUE_COLUMNS, valueColumn } from '../lib/valueColumns.js'
import { pasteColumns } from '../lib/pasteColumns.js'
import { parseTsv } from '../lib/parseTsv.js'
import { isValueRow, type GridRow, type ValueRow } from '../lib/rowModel.js'
import { tsvFromRange } from '../lib/tsvFromRange.js'
import { injectGridStoreOrThrow, type GridStore } from '../gridStore.js'
import type { CellSelection } from './useCellSelection.js'

export interface ClipboardDeps {
  selection: CellSelection
  getApi: () => GridApi<GridRow> | null
  store?: GridStore
  /** How the layout's rows and columns map onto the store. */
  locator: CellLocator
}

export interface PasteSummary {
  pasted: number
  changed: number
  refused: number
  message: string
}

export function useClipboard({ selection, getApi, store = injectGridStoreOrThrow(), locator }: ClipboardDeps) {
  /** The editable value behind a cell, or null (label, a computed column, a read-only row). */
  const refAt = (row: GridRow, colId: string): FieldRef | null => editableRef(locator, row, colId)
  const rowAt = (index: number): GridRow | undefined => getApi()?.getDisplayedRowAtIndex(index)?.data

  /** Indicator rows of the range, top to bottom (direction rows hold no values). */
  function indicatorRowsInRange(): { index: number; row: ValueRow }[] {
    const b = selection.bounds()
    if (!b) return []
    const rows: { index: number; row: ValueRow }[] = []
    for (let r = b.r1; r <= b.r2; r++) {
      const row = rowAt(r)
      if (isValueRow(row)) rows.push({ index: r, row })
    }
    return rows
  }

  /** The range as the table shows it, as TSV that Excel reads back as numbers. */
  function copyText(): string {
    const colIds = selection.columnIds()
    const lines = indicatorRowsInRange().map(({ row }) => colIds.map((colId) => plainText(row, colId)))
    return tsvFromRange(lines)
  }

  function plainText(row: ValueRow, colId: string): string {
    const at = locator.locate(row, colId)
    if (!at) return locator.label(row, colId)
    const { cell, indicator: i } = at
    const column = valueColumn(at.field)
    if (isComputed(column)) return column.format(column.valueOf(store, cell), i, { plain: true })
    const ref: FieldRef = { ...cell, field: column.field }
    const invalid = store.peek(`${i.id}:${ref.organizationId ?? 'm'}:${ref.year}`)?.invalid[ref.field]
    return invalid ? invalid.text : formatIndicatorValue(store.valueOf(ref), i, { plain: true })
  }

  /**
   * A TSV block pasted at the range's top-left cell; a single value fills the whole range. A wide
   * block on a План or Факт column fills that kind across the years (lib/pasteColumns) unless
   * `isLiteral` (Ctrl+Shift+V): then column by column as shown.
   */
  function paste(text: string, isLiteral = false): PasteSummary | null {
    const b = selection.bounds()
    if (!b) return null
    let block = parseTsv(text)
    while (block.length && block.at(-1)!.every((c) => c.trim() === '')) block = block.slice(0, -1)
    if (block.length === 0) return null

    const changes: CellChange[] = []
    let outside = 0
    let spread: string | null = null
    const isSingle = block.length === 1 && block[0].length === 1
    if (isSingle && selection.cellCount() > 1) {
      for (const { row } of indicatorRowsInRange())
        for (const colId of selection.columnIds()) {
          const ref = refAt(row, colId)
          if (ref) changes.push({ ref, input: block[0][0] })
        }
    } else {
      const targetRows = indicatorRowsFrom(b.r1, block.length)
      const width = Math.max(...block.map((l) => l.length))
      const sample = targetRows[0]
      const fieldOf = (colId: string) => (sample ? locator.locate(sample, colId)?.field ?? null : null)
      const { colIds, byKind } = pasteColumns(selection.columnIdsFromLeft(), fieldOf, width, isLiteral)
      if (byKind && sample) spread = spreadText(sample, colIds.slice(0, width), byKind)
      block.forEach((line, i) => {
        line.forEach((value, j) => {
          const row = targetRows[i]
          const colId = colIds[j]
          const ref = row && colId ? refAt(row, colId) : null
          if (ref) changes.push({ ref, input: value })
          else outside++
        })
      })
      const lastRow = targetRows.at(-1)
      if (lastRow && colIds.length) {
        const api = getApi()
        const endRowIndex = api ? rowIndexOf(api, lastRow.rowId) : b.r1
        selection.extendTo({ rowIndex: endRowIndex ?? b.r1, colId: colIds[Math.min(width, colIds.length) - 1] })
      }
    }
    const result = store.applyBatch(changes, 'paste')
    const refused = result.refused.length + outside
    const pasted = changes.length - result.refused.length
    const parts = [`Вставлено ячеек: ${pasted}`]
    if (result.applied.length !== pasted) parts.push(`изменено: ${result.applied.length}`)
    if (refused) parts.push(`не принято: ${refused}${result.refused[0] ? ` (${result.refused[0].message})` : ' (ячейки не для ввода)'}`)
    const message = parts.join(', ') + (spread ? ` — ${spread}; вставить столбец за столбцом: Ctrl+Shift+V` : '')
    return { pasted, changed: result.applied.length, refused, message }
  }

  /** «в столбцы «Факт» 2021–2025 подряд»: where a block spread over one kind went. */
  function spreadText(row: ValueRow, colIds: string[], kind: ValueField): string {
    const first = locator.locate(row, colIds[0])
    const last = locator.locate(row, colIds[colIds.length - 1])
    if (!first || !last) return `в столбцы «${VALUE_COLUMNS[kind].header}» подряд`
    const range = first.cell.year !== last.cell.year
      ? `${first.cell.year}–${last.cell.year}`
      : first.indicator.id !== last.indicator.id ? `показателей ${first.indicator.code}–${last.indicator.code}` : String(first.cell.year)
    return `в столбцы «${VALUE_COLUMNS[kind].header}» ${range} подряд`
  }

  function indicatorRowsFrom(start: number, count: number): ValueRow[] {
    const api = getApi()
    if (!api) return []
    const rows: ValueRow[] = []
    const total = api.getDisplayedRowCount()
    for (let r = start; r < total && rows.length < count; r++) {
      const row = rowAt(r)
      if (isValueRow(row)) rows.push(row)
    }
    return rows
  }

  /** Ctrl+D: the top row of the range copied down; a single row takes the row above it. */
  function fillDown(): number {
    const b = selection.bounds()
    if (!b) return 0
    let rows = indicatorRowsInRange().map((r) => r.row)
    if (b.r1 === b.r2) {
      let above: GridRow | undefined
      for (let r = b.r1 - 1; r >= 0; r--) {
        above = rowAt(r)
        if (isValueRow(above)) break
      }
      if (!isValueRow(above)) return 0
      rows = [above, ...rows]
    }
    if (rows.length < 2) return 0
    const [source, ...targets] = rows
    const changes: CellChange[] = []
    for (const colId of selection.columnIds()) {
      const from = refAt(source, colId)
      if (!from) continue
      const value = store.valueOf(from)
      for (const row of targets) {
        const ref = refAt(row, colId)
        if (ref) changes.push({ ref, input: value })
      }
    }
    return store.applyBatch(changes, 'fill').applied.length
  }

  /** Delete: every value of the range emptied (empty is «no data», not zero). */
  function clear(): number {
    const changes: CellChange[] = []
    for (const { row } of indicatorRowsInRange())
      for (const colId of selection.columnIds()) {
        const ref = refAt(row, colId)
        if (ref) changes.push({ ref, input: null })
      }
    return store.applyBatch(changes, 'clear').applied.length
  }

  return { copyText, paste, fillDown, clear }
}

function rowIndexOf(api: GridApi<GridRow>, rowId: string): number | null {
  return api.getRowNode(rowId)?.rowIndex ?? null
}

export type Clipboard = ReturnType<typeof useClipboard>
