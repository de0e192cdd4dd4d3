// The grid's shared state: server rows, unsaved edits, per-cell save state, and applyBatch() —
// the one door every edit goes through (typing, paste, fill down, clear, undo, redo).
// History and autosave listen to it; the grid repaints the cells it reports as changed.
// Plain objects and Maps, not Vue reactivity: AG Grid renders the cells; Vue only sees `summary`.
import { inject, reactive, type InjectionKey } from 'vue'
import type { Role, ServerValue } from '../../api/operations.js'
import {
  cellKeyOf,
  rowKeyOf,
  type AppliedChange,
  type CellChange,
  type EditField,
  type FieldRef,
  type FieldValue,
  type RefusedChange,
  type RowKey,
} from './lib/cellChange.js'
import { formatIndicatorValue } from './lib/formatValue.js'
import type { IndicatorInfo } from './lib/rowModel.js'
import { validateInput } from './lib/validateInput.js'
import { writeProblem } from '../../../server/domain/write-rules.js'

export type SaveState = 'queued' | 'saving' | 'saved' | 'failed' | 'conflict'
export type EditOrigin = 'edit' | 'paste' | 'fill' | 'clear' | 'undo' | 'redo' | 'conflict' | 'restore'

export interface ConflictInfo {
  theirs: { target: number | null; actual: number | null; note: string | null; version: number; updatedBy: string | null; updatedAt: string | null }
}

/** One row of the server's values table (indicator × scope × year) as the client sees it. */
export interface CellState {
  key: RowKey
  indicatorId: number
  organizationId: number | null
  year: number
  server: ServerValue | null
  /** Edits not yet confirmed by the server; a missing field shows the server's value. */
  local: Partial<Record<EditField, FieldValue>>
  /** What the request in flight carries, to tell its answer from a newer edit. */
  sending: Partial<Record<EditField, FieldValue>>
  save: Partial<Record<EditField, SaveState>>
  invalid: Partial<Record<EditField, { text: string; message: string }>>
  error: string | null
  conflict: ConflictInfo | null
  /**
   * The server version an unsent edit was made against when it is older than `server`'s: an edit
   * restored from an earlier session is sent with it, so a change made meanwhile is a conflict.
   */
  basedOn?: number
}

export interface StoreUser {
  role: Role
  municipalityId: number | null
  organizationId: number | null
}

export interface StoreRoadmap {
  municipalityId: number
  periodFrom: number
  periodTo: number
  years: number[]
  lockedYears: number[]
}

export interface BatchResult {
  applied: AppliedChange[]
  refused: RefusedChange[]
}

export interface ConflictItem {
  key: RowKey
  indicator: IndicatorInfo
  organizationId: number | null
  year: number
  mine: Partial<Record<EditField, FieldValue>>
  theirs: ConflictInfo['theirs']
}

export interface SaveSummary {
  queued: number
  saving: number
  failed: number
  invalid: number
  conflicts: ConflictItem[]
  lastError: string | null
  /** The last refusal of an edit, shown in the status bar. */
  lastRefusal: string | null
  /** The last value rounded to the indicator's stored places, shown beside it. */
  lastRounding: string | null
  /** Anything typed that the server does not hold yet: unsent, refused by the table, failed or in conflict. */
  hasUnsaved: boolean
}

type AppliedListener = (applied: AppliedChange[], origin: EditOrigin) => void
type RefsListener = (refs: FieldRef[]) => void
type ChangedListener = (keys: RowKey[]) => void

export const EDIT_ROLES: Role[] = ['ADMIN', 'SPECIALIST', 'SCHOOL']
/** Every field of a row an edit may change, in the order the status bar counts them. */
export const EDIT_FIELDS: EditField[] = ['target', 'actual', 'note']
export const NOTE_MAX_LENGTH = 2000

/** A note as typed: trimmed; empty means no note. */
function validateNote(input: string | number | null): { ok: true; value: string | null } | { ok: false; text: string; message: string } {
  const text = input == null ? '' : String(input).trim()
  if (text.length > NOTE_MAX_LENGTH) return { ok: false, text, message: `примечание длиннее ${NOTE_MAX_LENGTH} знаков` }
  return { ok: true, value: text === '' ? null : text }
}

export function createGridStore(options: { user: StoreUser; roadmap: StoreRoadmap; indicators: IndicatorInfo[] }) {
  const { user, roadmap } = options
  const indicators = new Map(options.indicators.map((i) => [i.id, i]))
  const cells = new Map<RowKey, CellState>()
  /** Rows with anything in progress, so the summary does not walk every cell. */
  const touched = new Set<RowKey>()
  const appliedListeners = new Set<AppliedListener>()
  const rejectedListeners = new Set<RefsListener>()
  const changedListeners = new Set<ChangedListener>()
  const summary = reactive<SaveSummary>({
    queued: 0, saving: 0, failed: 0, invalid: 0, conflicts: [], lastError: null, lastRefusal: null, lastRounding: null, hasUnsaved: false,
  })

  function indicatorOrThrow(id: number): IndicatorInfo {
    const indicator = indicators.get(id)
    if (!indicator) throw new Error(`indicator ${id} is not in this roadmap`)
    return indicator
  }

  function cellOf(ref: { indicatorId: number; organizationId: number | null; year: number }): CellState {
    const key = rowKeyOf(ref)
    let cell = cells.get(key)
    if (!cell) {
      cell = {
        key, indicatorId: ref.indicatorId, organizationId: ref.organizationId, year: ref.year,
        server: null, local: {}, sending: {}, save: {}, invalid: {}, error: null, conflict: null,
      }
      cells.set(key, cell)
    }
    return cell
  }

  const peek = (key: RowKey): CellState | undefined => cells.get(key)

  /** What a field shows now: the unsaved edit, else the server's value. */
  function fieldValueOf(ref: FieldRef): FieldValue {
    const cell = cells.get(rowKeyOf(ref))
    if (!cell) return null
    return ref.field in cell.local ? (cell.local[ref.field] ?? null) : (cell.server?.[ref.field] ?? null)
  }

  /** A number of the table (План/Факт); null for an empty cell. */
  function valueOf(ref: FieldRef): number | null {
    const value = fieldValueOf(ref)
    return typeof value === 'number' ? value : null
  }

  /** The note of a row (indicator × scope × year) as it stands now, saved or not. */
  function noteOf(ref: { indicatorId: number; organizationId: number | null; year: number }): string | null {
    const value = fieldValueOf({ ...ref, field: 'note' })
    return typeof value === 'string' ? value : null
  }

  const isBaseline = (year: number) => year < roadmap.periodFrom

  /** Why this value cannot be edited by this user, or null when it can. */
  function readOnlyReason(ref: FieldRef): string | null {
    // Baseline years are history in the table; the API itself accepts them (imports of history).
    if (isBaseline(ref.year)) return 'базовый год: только просмотр'
    const indicator = indicators.get(ref.indicatorId)
    if (!indicator) return 'показатель не найден'
    const problem = writeProblem(user, {
      municipalityId: roadmap.municipalityId, organizationId: ref.organizationId, year: ref.year,
      lockedYears: roadmap.lockedYears, periodFrom: roadmap.periodFrom, indicatorLevel: indicator.level, touchesTarget: ref.field === 'target', setsTarget: ref.field === 'target',
    })
    if (problem) return problem
    if (ref.field === 'note') return null
    if (indicator.valueType === 'TEXT') return 'текстовый показатель: число не вводится'
    return null
  }

  /**
   * The one edit pipeline: checks each change (editable, parses as a ru-RU number, passes the
   * indicator's rules), applies the valid ones locally at once, marks invalid ones on their cells,
   * and tells history and autosave what was applied.
   */
  function applyBatch(changes: CellChange[], origin: EditOrigin): BatchResult {
    const applied: AppliedChange[] = []
    const refused: RefusedChange[] = []
    const roundings: string[] = []
    const changedKeys = new Set<RowKey>()
    const seen = new Set<string>()
    for (const change of changes) {
      const { ref } = change
      const fieldKey = cellKeyOf(ref)
      if (seen.has(fieldKey)) continue
      seen.add(fieldKey)
      const shownText = typeof change.input === 'string' ? change.input.trim() : ''
      const denied = readOnlyReason(ref)
      if (denied) {
        refused.push({ ref, text: shownText, message: denied })
        continue
      }
      const indicator = indicatorOrThrow(ref.indicatorId)
      const result = ref.field === 'note' ? validateNote(change.input) : validateInput(change.input, indicator)
      const cell = cellOf(ref)
      changedKeys.add(cell.key)
      touched.add(cell.key)
      if (!result.ok) {
        cell.invalid[ref.field] = { text: result.text, message: result.message }
        refused.push({ ref, text: result.text, message: result.message })
        continue
      }
      delete cell.invalid[ref.field]
      if ('rounding' in result && result.rounding) roundings.push(`${result.rounding} (${whereText(ref)})`)
      const from = fieldValueOf(ref)
      if (from === result.value) continue
      cell.local[ref.field] = result.value
      // A cell in conflict keeps the person's latest value for the choice «keep mine».
      if (cell.save[ref.field] !== 'conflict') cell.save[ref.field] = 'queued'
      applied.push({ ref, from, to: result.value })
    }
    if (refused.length) summary.lastRefusal = refusalText(refused, applied.length)
    else if (applied.length) summary.lastRefusal = null
    if (roundings.length) summary.lastRounding = `Округлено: ${roundings[0]}${roundings.length > 1 ? ` и ещё ${roundings.length - 1}` : ''}`
    else if (applied.length) summary.lastRounding = null
    if (applied.length) appliedListeners.forEach((l) => l(applied, origin))
    cellsChanged([...changedKeys])
    return { applied, refused }
  }

  function whereText(ref: FieldRef): string {
    const indicator = indicators.get(ref.indicatorId)
    const fieldName = ref.field === 'target' ? 'План' : ref.field === 'actual' ? 'Факт' : 'примечание'
    return `${indicator ? `показатель ${indicator.code}` : 'ячейка'}, ${ref.year}, ${fieldName}`
  }

  function refusalText(refused: RefusedChange[], appliedCount: number): string {
    const first = refused[0]
    const where = whereText(first.ref)
    const value = first.text ? `«${first.text}»` : 'значение'
    const more = refused.length > 1 ? ` (не принято ячеек: ${refused.length}${appliedCount ? `, принято: ${appliedCount}` : ''})` : ''
    return `Не принято ${value} — ${where}: ${first.message}${more}`
  }

  /** Rows from the server on load or reload: taken as the truth, unsaved edits stay on top. */
  function mergeServerValues(indicatorId: number, values: ServerValue[]): void {
    mergeServerIndicators([{ id: indicatorId, values }])
  }

  /** A whole table's rows from the server (a scope, a year), reported as changed once. */
  function mergeServerIndicators(list: { id: number; values: ServerValue[] }[]): void {
    const keys: RowKey[] = []
    for (const { id: indicatorId, values } of list)
      for (const v of values) {
        const cell = cellOf({ indicatorId, organizationId: v.organization?.id ?? null, year: v.year })
        // A reload must not step back to an older version than a save already gave us.
        if (!cell.server || cell.server.version <= v.version) cell.server = v
        keys.push(cell.key)
      }
    cellsChanged(keys)
  }

  function clearInvalid(ref: FieldRef): void {
    const cell = cells.get(rowKeyOf(ref))
    if (!cell?.invalid[ref.field]) return
    delete cell.invalid[ref.field]
    cellsChanged([cell.key])
  }

  function cellsChanged(keys: RowKey[]): void {
    refreshSummary()
    if (keys.length) changedListeners.forEach((l) => l(keys))
  }

  function refreshSummary(): void {
    let queued = 0, saving = 0, failed = 0, invalid = 0
    const conflicts: ConflictItem[] = []
    let lastError: string | null = null
    for (const key of touched) {
      const cell = cells.get(key)!
      let active = false
      for (const field of EDIT_FIELDS) {
        const state = cell.save[field]
        if (state === 'queued') queued++
        if (state === 'saving') saving++
        if (state === 'failed') failed++
        if (cell.invalid[field]) invalid++
        if (state || cell.invalid[field] || field in cell.local) active = true
      }
      if (cell.conflict) {
        conflicts.push({ key, indicator: indicatorOrThrow(cell.indicatorId), organizationId: cell.organizationId, year: cell.year, mine: { ...cell.local }, theirs: cell.conflict.theirs })
        active = true
      }
      if (cell.error && EDIT_FIELDS.some((f) => cell.save[f] === 'failed')) lastError = cell.error
      if (!active) touched.delete(key)
    }
    Object.assign(summary, {
      queued, saving, failed, invalid, conflicts, lastError,
      hasUnsaved: queued + saving + failed + invalid + conflicts.length > 0,
    })
  }

  function displayValue(ref: FieldRef): string {
    const cell = cells.get(rowKeyOf(ref))
    const invalid = cell?.invalid[ref.field]
    if (invalid) return invalid.text
    const indicator = indicators.get(ref.indicatorId)
    return indicator ? formatIndicatorValue(valueOf(ref), indicator) : ''
  }

  /** Факт − План: the server's, or computed here while the row waits for the server. */
  function deviationOf(ref: { indicatorId: number; organizationId: number | null; year: number }): number | null {
    const cell = cells.get(rowKeyOf(ref))
    if (!cell) return null
    if (!isPending(cell)) return cell.server?.deviation ?? null
    const target = valueOf({ ...ref, field: 'target' })
    const actual = valueOf({ ...ref, field: 'actual' })
    return target === null || actual === null ? null : actual - target
  }

  const isPending = (cell: CellState) => 'target' in cell.local || 'actual' in cell.local

  /** The server's status of the row, or PENDING while an edit of it is unconfirmed. */
  function statusOf(ref: { indicatorId: number; organizationId: number | null; year: number }): ServerValue['status'] | 'PENDING' {
    const cell = cells.get(rowKeyOf(ref))
    if (cell && isPending(cell)) return 'PENDING'
    return cell?.server?.status ?? 'NO_TARGET'
  }

  return {
    user,
    roadmap,
    indicators,
    summary,
    cells,
    cellOf,
    peek,
    valueOf,
    fieldValueOf,
    noteOf,
    displayValue,
    deviationOf,
    statusOf,
    readOnlyReason,
    isBaseline,
    applyBatch,
    mergeServerValues,
    mergeServerIndicators,
    clearInvalid,
    cellsChanged,
    markTouched: (key: RowKey) => touched.add(key),
    onApplied(listener: AppliedListener) {
      appliedListeners.add(listener)
      return () => appliedListeners.delete(listener)
    },
    /** Autosave reports cells the server refused; history forgets them. */
    onRejected(listener: RefsListener) {
      rejectedListeners.add(listener)
      return () => rejectedListeners.delete(listener)
    },
    rejected(refs: FieldRef[]) {
      if (refs.length) rejectedListeners.forEach((l) => l(refs))
    },
    onCellsChanged(listener: ChangedListener) {
      changedListeners.add(listener)
      return () => changedListeners.delete(listener)
    },
  }
}

export type GridStore = ReturnType<typeof createGridStore>

export const GRID_STORE: InjectionKey<GridStore> = Symbol('GridStore')

export function injectGridStoreOrThrow(): GridStore {
  const store = inject(GRID_STORE, null)
  if (!store) throw new Error('GridStore is not provided')
  return store
}
