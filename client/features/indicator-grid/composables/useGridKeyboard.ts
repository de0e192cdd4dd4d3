// Excel's shortcuts over AG Grid, matched by event.code so they work on the Russian layout
// (Ctrl+Я is KeyZ). Keys are caught in the capture phase, before AG Grid's own handlers.
// Copy and paste go through the browser's clipboard events: they need no permission and work
// on an intranet served over plain http.
import type { GridApi } from 'ag-grid-community'
import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import type { GridRow } from '../lib/rowModel.js'
import type { CellSelection } from './useCellSelection.js'
import type { Clipboard, PasteSummary } from './useClipboard.js'
import type { EditHistory } from './useEditHistory.js'

export interface GridKeyboardDeps {
  root: Ref<HTMLElement | null>
  getApi: () => GridApi<GridRow> | null
  selection: CellSelection
  clipboard: Clipboard
  history: EditHistory
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

export function useGridKeyboard(deps: GridKeyboardDeps) {
  const { root, getApi, selection, clipboard, history } = deps

  const isEditing = () => (getApi()?.getEditingCells().length ?? 0) > 0

  function handleGridKeydown(e: KeyboardEvent): void {
    const api = getApi()
    if (!api) return
    if (isEditing()) {
      // Excel's Tab commits and moves one cell; AG Grid would open the next editable cell instead.
      if (e.code === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault()
        e.stopPropagation()
        api.stopEditing()
        if (e.shiftKey) api.tabToPreviousCell()
        else api.tabToNextCell()
      }
      return
    }
    const ctrl = e.ctrlKey || e.metaKey
    const stop = (preventDefault = true) => {
      if (preventDefault) e.preventDefault()
      e.stopPropagation()
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
        case 'KeyC':
        case 'KeyX':
        case 'KeyV':
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
    if (e.code === 'Enter' || e.code === 'Space' || e.code === 'NumpadEnter') {
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
    const summary = clipboard.paste(text)
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
