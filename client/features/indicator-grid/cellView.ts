// What each cell of the grid shows, how it is coloured and whether it takes input, read from
// the store and the selection. The glue between buildColumnDefs (pure) and the state.
import type { CellFlags, CellView } from './buildColumnDefs.js'
import type { Rollup } from '../../../server/domain/rollup.js'
import { rowKeyOf, type FieldRef, type RowKey } from './lib/cellChange.js'
import { parseColId, type ValueColumnField } from './lib/columns.js'
import { formatDeviation, formatIndicatorValue } from './lib/formatValue.js'
import type { GridRow, IndicatorInfo } from './lib/rowModel.js'
import { EDIT_ROLES, type GridStore } from './gridStore.js'
import type { CellSelection } from './composables/useCellSelection.js'

const STATUS_CLASS = { MET: 'met', NOT_MET: 'not-met', NO_DATA: 'no-data', NO_TARGET: null, PENDING: 'pending' } as const

/** Where a cell of the grid points in the store: the value row, the field, its indicator. */
export interface CellLocation {
  indicator: IndicatorInfo
  cell: { indicatorId: number; organizationId: number | null; year: number }
  field: ValueColumnField
}

/** How a layout of the grid maps its rows and columns onto the store. */
export interface CellLocator {
  /** The value behind a cell, or null for a label cell (code, name, a group row). */
  locate(row: GridRow, colId: string): CellLocation | null
  /** What a label cell shows. */
  label(row: GridRow, colId: string): string
  /** A read-only value row (the municipality row of the schools table). */
  isReadOnlyRow?(row: GridRow): boolean
  /** The grid rows that show a store row (indicator × scope × year) or are computed from it, to repaint them. */
  rowIdsOf?(key: RowKey): string[]
  /** The schools' roll-up a cell shows beside its own value (the municipality's Факт), or null. */
  rollupOf?(row: GridRow, at: CellLocation): Rollup | null
}

const ROLLUP_NAMES: Record<string, string> = { SUM: 'сумма', MEAN: 'среднее', RATIO: 'среднее долей' }

/** The editable value behind a cell, or null (label, Откл., a read-only row). */
export function editableRef(locator: CellLocator, row: GridRow | undefined, colId: string): FieldRef | null {
  if (!row) return null
  const at = locator.locate(row, colId)
  if (!at || at.field === 'deviation' || locator.isReadOnlyRow?.(row)) return null
  return { ...at.cell, field: at.field }
}

/** The roadmap table: indicators as rows, years × План/Факт/Откл. as columns, one scope. */
export function indicatorLocator(organizationId: () => number | null): CellLocator {
  return {
    locate(row, colId) {
      if (row.kind !== 'indicator') return null
      const col = parseColId(colId)
      if (!col) return null
      return { indicator: row.indicator, cell: { indicatorId: row.indicator.id, organizationId: organizationId(), year: col.year }, field: col.field }
    },
    label(row, colId) {
      if (row.kind === 'group') {
        if (colId === 'code') return row.direction.code
        if (colId === 'name') return row.direction.title
        return ''
      }
      if (row.kind !== 'indicator') return ''
      const i = row.indicator
      if (colId === 'code') return i.code
      if (colId === 'name') return i.name
      if (colId === 'unit') return i.unit
      return ''
    },
  }
}

export function createCellView(deps: {
  store: GridStore
  selection: CellSelection
  organizationId: () => number | null
  currentYear?: number
  locator?: CellLocator
}): CellView {
  const { store, selection } = deps
  const currentYear = deps.currentYear ?? new Date().getFullYear()
  const canEdit = EDIT_ROLES.includes(store.user.role)
  const locator = deps.locator ?? indicatorLocator(deps.organizationId)

  const plainFlags = (inRange: boolean): CellFlags => ({
    isReadOnly: false, isBaseline: false, isDeviation: false, status: null, save: null, isInvalid: false, isInRange: inRange, hasNote: false, isRollupMismatch: false,
  })

  return {
    text(row, colId) {
      const at = locator.locate(row, colId)
      if (!at) return locator.label(row, colId)
      const { cell, indicator: i } = at
      if (at.field === 'deviation') return formatDeviation(store.deviationOf(cell), i)
      const own = store.displayValue({ ...cell, field: at.field })
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
      const col = { year: cell.year, field: at.field }
      const isBaseline = store.isBaseline(col.year)
      const status = store.statusOf(cell)
      const colour = col.field === 'target' || isBaseline ? null : STATUS_CLASS[status]
      // No data for a year still to come is expected, not a warning.
      const shownColour = colour === 'no-data' && col.year > currentYear ? null : colour
      if (col.field === 'deviation')
        return { ...plainFlags(inRange), isReadOnly: true, isBaseline, isDeviation: true, status: shownColour === 'no-data' ? null : shownColour }
      const ref = { ...cell, field: col.field }
      const state = store.peek(rowKeyOf(cell))
      return {
        // For a read-only role the whole table is read-only: no need to grey every cell.
        isReadOnly: (canEdit && store.readOnlyReason(ref) !== null) || !!locator.isReadOnlyRow?.(row),
        isBaseline,
        isDeviation: false,
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
      const col = { year: cell.year, field: at.field }
      if (col.field === 'deviation') return 'Отклонение: Факт − План (вычисляется)'
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
      if (!at || at.field === 'deviation' || locator.isReadOnlyRow?.(row)) return false
      return store.readOnlyReason({ ...at.cell, field: at.field }) === null
    },
  } satisfies CellView
}

export type { GridRow }
