// What each cell of the grid shows, how it is coloured and whether it takes input, read from
// the store and the selection. The glue between buildColumnDefs (pure) and the state.
import type { CellFlags, CellView } from './buildColumnDefs.js'
import { rowKeyOf } from './lib/cellChange.js'
import { parseColId } from './lib/columns.js'
import { formatRuNumber } from './lib/formatRuNumber.js'
import type { GridRow } from './lib/rowModel.js'
import { EDIT_ROLES, type GridStore } from './gridStore.js'
import type { CellSelection } from './composables/useCellSelection.js'

const STATUS_CLASS = { MET: 'met', NOT_MET: 'not-met', NO_DATA: 'no-data', NO_TARGET: null, PENDING: 'pending' } as const

export function createCellView(deps: {
  store: GridStore
  selection: CellSelection
  organizationId: () => number | null
  currentYear?: number
}): CellView {
  const { store, selection } = deps
  const currentYear = deps.currentYear ?? new Date().getFullYear()
  const canEdit = EDIT_ROLES.includes(store.user.role)

  const plainFlags = (inRange: boolean): CellFlags => ({
    isReadOnly: false, isBaseline: false, isDeviation: false, status: null, save: null, isInvalid: false, isInRange: inRange, hasNote: false,
  })

  return {
    text(row, colId) {
      if (row.kind === 'group') {
        if (colId === 'code') return row.direction.code
        if (colId === 'name') return row.direction.title
        return ''
      }
      const i = row.indicator
      if (colId === 'code') return i.code
      if (colId === 'name') return i.name
      if (colId === 'unit') return i.unit
      const col = parseColId(colId)
      if (!col) return ''
      const cell = { indicatorId: i.id, organizationId: deps.organizationId(), year: col.year }
      if (col.field === 'deviation') return formatRuNumber(store.deviationOf(cell), i.decimals, { signed: true })
      return store.displayValue({ ...cell, field: col.field })
    },

    flags(row, colId, rowIndex) {
      const inRange = selection.contains(rowIndex, colId)
      const col = parseColId(colId)
      if (row.kind === 'group' || !col) return plainFlags(inRange)
      const cell = { indicatorId: row.indicator.id, organizationId: deps.organizationId(), year: col.year }
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
        isReadOnly: canEdit && store.readOnlyReason(ref) !== null,
        isBaseline,
        isDeviation: false,
        status: shownColour,
        save: state?.save[col.field] ?? null,
        isInvalid: !!state?.invalid[col.field],
        isInRange: inRange,
        hasNote: col.field === 'actual' && !!state?.server?.note,
      }
    },

    tooltip(row, colId) {
      if (row.kind === 'group') return colId === 'name' || colId === 'code' ? `${row.direction.code} ${row.direction.title}` : undefined
      const i = row.indicator
      if (colId === 'name') return i.name
      const col = parseColId(colId)
      if (!col) return undefined
      const cell = { indicatorId: i.id, organizationId: deps.organizationId(), year: col.year }
      if (col.field === 'deviation') return 'Отклонение: Факт − План (вычисляется)'
      const state = store.peek(rowKeyOf(cell))
      const invalid = state?.invalid[col.field]
      if (invalid) return `Не принято «${invalid.text}»: ${invalid.message}. Значение не отправлено.`
      const save = state?.save[col.field]
      if (save === 'conflict' && state?.conflict) {
        const theirs = formatRuNumber(state.conflict.theirs[col.field], i.decimals) || 'пусто'
        return `Конфликт: ${state.conflict.theirs.updatedBy ?? 'другой пользователь'} уже записал ${theirs}. Выберите значение на панели конфликтов.`
      }
      if (save === 'failed') return `Не сохранено: ${state?.error ?? 'ошибка'}`
      if (save === 'saving' || save === 'queued') return 'Сохраняется…'
      const lines = [
        save === 'saved' ? 'Сохранено' : null,
        state?.server?.note ? `Примечание: ${state.server.note}` : null,
        canEdit ? store.readOnlyReason({ ...cell, field: col.field }) : null,
      ].filter(Boolean)
      return lines.length ? lines.join('. ') : undefined
    },

    isEditable(row, colId) {
      if (row.kind !== 'indicator') return false
      const col = parseColId(colId)
      if (!col || col.field === 'deviation') return false
      return store.readOnlyReason({ indicatorId: row.indicator.id, organizationId: deps.organizationId(), year: col.year, field: col.field }) === null
    },
  } satisfies CellView
}

export type { GridRow }
