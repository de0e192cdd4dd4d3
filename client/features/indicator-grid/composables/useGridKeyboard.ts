// Excel's shortcuts over AG Grid, matched by event.code so they work on the Russian layout
// (Ctrl+Я is KeyZ). Keys are caught in the capture phase, before AG Grid's own handlers.
// Copy and paste go through the browser's clipboard events: they need no permission and work
// on an intranet served over plain http.
import type { GridApi } from 'ag-grid-community'
import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import type { CellView } from '../buildColumnDefs.js'
import type { CellLocator } from '../gridLayout.js'
import {
  edgeOfData, endOfData, nextEditableInColumn, nextEditableInRow, startOfData, type CellPos, type NavigableGrid,
} from '../lib/navigation.js'
import { isValueRow, type GridRow } from '../lib/rowModel.js'
import type { CellSelection } from './useCellSelection.js'
import type { Clipboard, PasteSummary } from './useClipboard.js'
import type { EditHistory } from './useEditHistory.js'

export interface GridKeyboardDeps {
  root: Ref<HTMLElement | null>
  getApi: () => GridApi<GridRow> | null
  selection: CellSelection
  clipboard: Clipboard
  history: EditHistory
  /** What a cell shows and whether it takes input, for Enter/Tab and Ctrl+arrows. */
  view: Pick<CellView, 'isEditable' | 'text'>
  locator: CellLocator
  /** Moves the grid's focus, and the range with it. */
  focusCell: (pos: CellPos) => void
  onToggleGroup: (directionId: number) => void
  onPasted: (summary: PasteSummary) => void
  /** Shift+F2, Excel's «comment» key: the focused cell's note. */
  onEditNote?: () => void
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
}

/** Ctrl+arrows to the edge of the data; Ctrl+Home/End to its corners. */
const CTRL_JUMPS: Record<string, [number, number] | 'home' | 'end'> = { ...ARROWS, Home: 'home', End: 'end' }

export function useGridKeyboard(deps: GridKeyboardDeps) {
  const { root, getApi, selection, clipboard, history } = deps

  const isEditing = () => (getApi()?.getEditingCells().length ?? 0) > 0
  /** Set by the Ctrl+Shift+V that precedes the paste event; the event itself does not tell. */
  let isLiteralPaste = false

  /** The displayed grid as lib/navigation sees it. */
  function navigable(api: GridApi<GridRow>): NavigableGrid {
    const rowAt = (r: number) => api.getDisplayedRowAtIndex(r)?.data
    const colIds = api.getAllDisplayedColumns().map((c) => c.getColId())
    const sample = Array.from({ length: api.getDisplayedRowCount() }, (_, r) => rowAt(r)).find(isValueRow)
    return {
      rowCount: api.getDisplayedRowCount(),
      colIds,
      isEditable: (r, colId) => {
        const row = rowAt(r)
        return !!row && deps.view.isEditable(row, colId)
      },
      isDataRow: (r) => isValueRow(rowAt(r)),
      isValueColumn: (colId) => !!sample && deps.locator.locate(sample, colId) !== null,
      hasValue: (r, colId) => {
        const row = rowAt(r)
        return !!row && deps.view.text(row, colId) !== ''
      },
    }
  }

  /**
   * Enter and Tab move to the next cell that takes input: never a direction's row (a second Enter
   * there would fold it), a computed column or a read-only row. Null when there is none: the grid's own move.
   */
  function nextInputCell(api: GridApi<GridRow>, code: string, isBack: boolean): CellPos | null {
    const from = api.getFocusedCell()
    if (!from) return null
    const grid = navigable(api)
    const pos = { rowIndex: from.rowIndex, colId: from.column.getColId() }
    return code === 'Tab' ? nextEditableInRow(grid, pos, isBack ? -1 : 1) : nextEditableInColumn(grid, pos, isBack ? -1 : 1)
  }

  function handleGridKeydown(e: KeyboardEvent): void {
    const api = getApi()
    if (!api) return
    const ctrl = e.ctrlKey || e.metaKey
    const stop = (preventDefault = true) => {
      if (preventDefault) e.preventDefault()
      e.stopPropagation()
    }
    const isEnter = e.code === 'Enter' || e.code === 'NumpadEnter'
    if (isEditing()) {
      // Excel's Enter and Tab commit and move on; AG Grid would open the next cell's editor on Tab
      // and step onto anything on Enter.
      if ((e.code === 'Tab' || isEnter) && !ctrl && !e.altKey) {
        stop()
        api.stopEditing()
        const next = nextInputCell(api, e.code, e.shiftKey)
        if (next) deps.focusCell(next)
        else if (e.code === 'Tab') {
          if (e.shiftKey) api.tabToPreviousCell()
          else api.tabToNextCell()
        }
      }
      return
    }
    if (e.code === 'Tab' && !ctrl && !e.altKey) {
      const next = nextInputCell(api, 'Tab', e.shiftKey)
      if (next) {
        stop()
        deps.focusCell(next)
      }
      return
    }
    const jump = ctrl && !e.altKey ? CTRL_JUMPS[e.code] : undefined
    if (jump) {
      stop()
      const grid = navigable(api)
      const from = api.getFocusedCell()
      const pos = jump === 'home' ? startOfData(grid) : jump === 'end' ? endOfData(grid)
        : from ? edgeOfData(grid, { rowIndex: from.rowIndex, colId: from.column.getColId() }, jump[0], jump[1]) : null
      if (!pos) return
      if (e.shiftKey) {
        // Ctrl+Shift: the range stretches to there, as Shift+arrows do.
        selection.extendTo(pos)
        api.ensureIndexVisible(pos.rowIndex)
        api.ensureColumnVisible(pos.colId)
      } else deps.focusCell(pos)
      return
    }
    if (ctrl && !e.altKey) {
      switch (e.code) {
        case 'KeyZ':
          stop()
          if (e.shiftKey) history.redo()
          else history.undo()
          return
        case 'KeyY':
          stop()
          history.redo()
          return
        case 'KeyD':
          // Also keeps the browser from bookmarking the page.
          stop()
          clipboard.fillDown()
          return
        case 'KeyA':
          stop()
          selection.selectAll(api.getDisplayedRowCount())
          return
        case 'KeyV':
          // Ctrl+Shift+V pastes column by column as shown, whatever the kinds.
          isLiteralPaste = e.shiftKey
          stop(false)
          return
        case 'KeyC':
        case 'KeyX':
          // The copy/cut/paste event that follows does the work.
          stop(false)
          return
      }
      return
    }
    if (e.code === 'F2' && e.shiftKey && !e.altKey) {
      stop()
      deps.onEditNote?.()
      return
    }
    if ((e.code === 'Delete' || e.code === 'Backspace') && !e.altKey) {
      stop()
      clipboard.clear()
      return
    }
    const arrow = ARROWS[e.code]
    if (arrow && e.shiftKey && !e.altKey) {
      stop()
      const corner = selection.extendBy(arrow[0], arrow[1], api.getDisplayedRowCount())
      if (corner) {
        api.ensureIndexVisible(corner.rowIndex)
        api.ensureColumnVisible(corner.colId)
      }
      return
    }
    if (isEnter || e.code === 'Space') {
      const focused = api.getFocusedCell()
      const row = focused ? api.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined
      if (row?.kind === 'group') {
        stop()
        deps.onToggleGroup(row.direction.id)
      }
    }
  }

  const isTextField = (el: EventTarget | null) =>
    el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))

  // Undo/redo also when the focus is on the toolbar rather than in the grid.
  function handleWindowKeydown(e: KeyboardEvent): void {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return
    if (root.value?.contains(e.target as Node) || isTextField(e.target)) return
    if (e.code === 'KeyZ') {
      e.preventDefault()
      if (e.shiftKey) history.redo()
      else history.undo()
    } else if (e.code === 'KeyY') {
      e.preventDefault()
      history.redo()
    }
  }

  function handleCopy(e: ClipboardEvent): void {
    if (isEditing() || !selection.bounds()) return
    e.clipboardData?.setData('text/plain', clipboard.copyText())
    e.preventDefault()
  }

  function handleCut(e: ClipboardEvent): void {
    if (isEditing() || !selection.bounds()) return
    e.clipboardData?.setData('text/plain', clipboard.copyText())
    e.preventDefault()
    clipboard.clear()
  }

  function handlePaste(e: ClipboardEvent): void {
    if (isEditing() || !selection.bounds()) return
    const text = e.clipboardData?.getData('text/plain') ?? ''
    e.preventDefault()
    const summary = clipboard.paste(text, isLiteralPaste)
    isLiteralPaste = false
    if (summary) deps.onPasted(summary)
  }

  onMounted(() => {
    const el = root.value!
    el.addEventListener('keydown', handleGridKeydown, true)
    el.addEventListener('copy', handleCopy)
    el.addEventListener('cut', handleCut)
    el.addEventListener('paste', handlePaste)
    window.addEventListener('keydown', handleWindowKeydown)
  })
  onBeforeUnmount(() => {
    const el = root.value
    el?.removeEventListener('keydown', handleGridKeydown, true)
    el?.removeEventListener('copy', handleCopy)
    el?.removeEventListener('cut', handleCut)
    el?.removeEventListener('paste', handlePaste)
    window.removeEventListener('keydown', handleWindowKeydown)
  })

  return { isEditing }
}
