// What each cell of the grid shows, how it is coloured and whether it takes input, read from
// the store and the selection. The glue between buildColumnDefs (pure) and the state.
import type { CellFlags, CellView } from './buildColumnDefs.js'
import type { CellLocator } from './gridLayout.js'
import { rowKeyOf } from './lib/cellChange.js'
import { formatIndicatorValue } from './lib/formatValue.js'
import type { GridRow } from './lib/rowModel.js'
import { isComputed, valueColumn } from './lib/valueColumns.js'
import { EDIT_ROLES, type GridStore } from './gridStore.js'
import type { CellSelection } from './composables/useCellSelection.js'

const STATUS_CLASS = { MET: 'met', NOT_MET: 'not-met', NO_DATA: 'no-data', NO_TARGET: null, PENDING: 'pending' } as const

const ROLLUP_NAMES: Record<string, string> = { SUM: 'сумма', MEAN: 'среднее', RATIO: 'среднее долей' }

export function createCellView(deps: {
  store: GridStore
  selection: CellSelection
  locator: CellLocator
  currentYear?: number
}): CellView {
  const { store, selection } = deps
  const currentYear = deps.currentYear ?? new Date().getFullYear()
  const canEdit = EDIT_ROLES.includes(store.user.role)
  const { locator } = deps

  const plainFlags = (inRange: boolean): CellFlags => ({
    isReadOnly: false, isBaseline: false, isComputed: false, status: null, save: null, isInvalid: false, isInRange: inRange, hasNote: false, isRollupMismatch: false,
  })

  return {
    text(row, colId) {
      const at = locator.locate(row, colId)
      if (!at) return locator.label(row, colId)
      const { cell, indicator: i } = at
      const column = valueColumn(at.field)
      if (isComputed(column)) return column.format(column.valueOf(store, cell), i)
      const own = store.displayValue({ ...cell, field: column.field })
      const sum = locator.rollupOf?.(row, at)
      if (!sum || sum.value === null) return own
      const shown = formatIndicatorValue(sum.value, i)
      if (own === '') return `свод ${shown}`
      return sum.disagrees ? `${own} ≠ свод ${shown}` : `${own} = свод`
    },

    flags(row, colId, rowIndex) {
      const inRange = selection.contains(rowIndex, colId)
      const at = locator.locate(row, colId)
      if (!at) return plainFlags(inRange)
      const { cell } = at
      const column = valueColumn(at.field)
      const col = { year: cell.year, field: column.field }
      const isBaseline = store.isBaseline(col.year)
      const status = store.statusOf(cell)
      // План is what is asked, not how it went: only what is measured against it is coloured.
      const colour = col.field === 'target' || isBaseline ? null : STATUS_CLASS[status]
      // No data for a year still to come is expected, not a warning.
      const shownColour = colour === 'no-data' && col.year > currentYear ? null : colour
      if (col.field === null)
        return { ...plainFlags(inRange), isReadOnly: true, isBaseline, isComputed: true, status: shownColour === 'no-data' ? null : shownColour }
      const ref = { ...cell, field: col.field }
      const state = store.peek(rowKeyOf(cell))
      return {
        // For a read-only role the whole table is read-only: no need to grey every cell.
        isReadOnly: (canEdit && store.readOnlyReason(ref) !== null) || !!locator.isReadOnlyRow?.(row),
        isBaseline,
        isComputed: false,
        status: shownColour,
        save: state?.save[col.field] ?? null,
        isInvalid: !!state?.invalid[col.field],
        isInRange: inRange,
        hasNote: col.field === 'actual' && !!store.noteOf(cell),
        isRollupMismatch: !!locator.rollupOf?.(row, at)?.disagrees,
      }
    },

    tooltip(row, colId) {
      if (row.kind === 'group') return colId === 'name' || colId === 'code' ? `${row.direction.code} ${row.direction.title}` : undefined
      const at = locator.locate(row, colId)
      if (!at) return colId === 'name' ? locator.label(row, colId) : undefined
      const i = at.indicator
      const cell = at.cell
      const column = valueColumn(at.field)
      if (isComputed(column)) return column.tooltip
      const col = { year: cell.year, field: column.field }
      const state = store.peek(rowKeyOf(cell))
      const invalid = state?.invalid[col.field]
      if (invalid) return `Не принято «${invalid.text}»: ${invalid.message}. Значение не отправлено.`
      const save = state?.save[col.field]
      if (save === 'conflict' && state?.conflict) {
        const theirs = formatIndicatorValue(state.conflict.theirs[col.field] as number | null, i) || 'пусто'
        return `Конфликт: ${state.conflict.theirs.updatedBy ?? 'другой пользователь'} уже записал ${theirs}. Выберите значение на панели конфликтов.`
      }
      if (save === 'failed') return `Не сохранено: ${state?.error ?? 'ошибка'}`
      if (save === 'saving' || save === 'queued') return 'Сохраняется…'
      const sum = locator.rollupOf?.(row, at)
      const lines = [
        sum && sum.value !== null
          ? `Свод по школам (${ROLLUP_NAMES[i.rollup ?? ''] ?? i.rollup}, школ с фактом: ${sum.count}): ${formatIndicatorValue(sum.value, i)}` +
            (sum.disagrees ? `; введённое значение муниципалитета расходится со сводом` : '')
          : null,
        save === 'saved' ? 'Сохранено' : null,
        store.noteOf(cell) ? `Примечание: ${store.noteOf(cell)}` : null,
        locator.isReadOnlyRow?.(row) ? 'строка муниципалитета: только просмотр' : canEdit ? store.readOnlyReason({ ...cell, field: col.field }) : null,
      ].filter(Boolean)
      return lines.length ? lines.join('. ') : undefined
    },

    isEditable(row, colId) {
      const at = locator.locate(row, colId)
      const field = at ? valueColumn(at.field).field : null
      if (!at || field === null || locator.isReadOnlyRow?.(row)) return false
      return store.readOnlyReason({ ...at.cell, field }) === null
    },
  } satisfies CellView
}

export type { GridRow }
