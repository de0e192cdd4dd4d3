// The table on paper: A4 landscape (the named page «table» in styles.css), every row, and every
// shown column scaled down together to the page's width, so the last year is never cut off.
// By the print button, or by the browser's own print (Ctrl+P), or print media a test emulates.
import type { GridApi } from 'ag-grid-community'
import { nextTick, type Ref } from 'vue'
import { usePrintMode } from '../../dashboard/composables/usePrintMode.js'
import type { GridRow } from '../lib/rowModel.js'

/** 297 mm less two 10 mm margins, in CSS pixels (96 per inch). */
export const PRINT_WIDTH_PX = Math.floor(((297 - 20) / 25.4) * 96)

export function useGridPrint(getApi: () => GridApi<GridRow> | null, root: Ref<HTMLElement | null>) {
  function setPrinting(isPrinting: boolean): void {
    const api = getApi()
    const el = root.value
    if (!api || !el) return
    if (!isPrinting) {
      api.setGridOption('domLayout', 'normal')
      el.style.removeProperty('zoom')
      el.style.removeProperty('width')
      return
    }
    // Every row on paper, not only those scrolled into view.
    api.setGridOption('domLayout', 'print')
    const width = api.getAllDisplayedColumns().reduce((sum, c) => sum + c.getActualWidth(), 0) + 2
    el.style.width = `${width}px`
    el.style.zoom = String(Math.min(1, PRINT_WIDTH_PX / width))
  }

  usePrintMode(setPrinting)

  /** The print button: lays the table out for paper first, then opens the browser's print. */
  async function print(): Promise<void> {
    setPrinting(true)
    await nextTick()
    // AG Grid draws the rows of the print layout in the next frames.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    window.print()
  }

  return { print }
}
