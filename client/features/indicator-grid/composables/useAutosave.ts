// Sends applied edits to the server (saveValues) in debounced batches, one request at a time, each cell
// with the version the client last saw. A late answer never overwrites a newer edit: a field is
// confirmed only when the value sent is still the value shown. Conflicts wait for the person.
import { getCurrentScope, inject, onScopeDispose, type InjectionKey } from 'vue'
import { ApiError } from '../../../api/graphqlClient.js'
import {
  fetchIndicatorValues,
  saveValues,
  type IndicatorValueInput,
  type ServerValue,
  type WrittenValue,
} from '../../../api/operations.js'
import { rowKeyOf, type EditField, type FieldRef, type RowKey } from '../lib/cellChange.js'
import { EDIT_FIELDS, injectGridStoreOrThrow, type CellState, type GridStore } from '../gridStore.js'

export interface AutosaveOptions {
  send?: (input: IndicatorValueInput[]) => Promise<WrittenValue[]>
  fetchValues?: (indicatorId: number, organizationId: number | null, years: number[]) => Promise<ServerValue[]>
  /** Quiet time after the last edit before a batch goes out. */
  delayMs?: number
  /** How long a cell shows «сохранено». */
  savedMs?: number
  /** Cells per request: the server's most. Each request is one transaction, so a large paste commits a few times, not once per thousand. */
  maxBatch?: number
  /** Waits before automatic retries after a network or server failure. */
  retryMs?: number[]
}

export interface Autosave {
  flush(): Promise<void>
  whenIdle(): Promise<void>
  retry(): void
  keepMine(key: RowKey): void
  takeTheirs(key: RowKey): Promise<void>
  dispose(): void
}

/** The most cells the server writes in one batch (MAX_BATCH of the values service). */
export const MAX_SAVE_BATCH = 5000

export const AUTOSAVE: InjectionKey<Autosave> = Symbol('Autosave')

interface ConflictCell {
  indicatorId: number
  organizationId: number | null
  year: number
  currentVersion: number
  target: number | null
  actual: number | null
  note: string | null
  updatedBy?: string | null
  updatedAt?: string | null
}

interface ProblemCell {
  index: number
  field: string | null
  message: string
}

const FIELDS: EditField[] = EDIT_FIELDS

export function useAutosave(store: GridStore = injectGridStoreOrThrow(), options: AutosaveOptions = {}): Autosave {
  const send = options.send ?? saveValues
  const fetchValues = options.fetchValues ?? fetchIndicatorValues
  const delayMs = options.delayMs ?? 400
  const savedMs = options.savedMs ?? 4000
  const maxBatch = options.maxBatch ?? MAX_SAVE_BATCH
  const retryMs = options.retryMs ?? [2000, 5000, 15000, 30000]

  const queue = new Set<RowKey>()
  const failed = new Set<RowKey>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let retries = 0
  let inFlight: Promise<void> | null = null
  let disposed = false

  const stopApplied = store.onApplied((applied) => {
    for (const change of applied) queue.add(rowKeyOf(change.ref))
    schedule()
  })

  function schedule(): void {
    if (disposed) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void flush()
    }, delayMs)
  }

  const sendable = (cell: CellState | undefined): cell is CellState =>
    !!cell && !cell.conflict && FIELDS.some((f) => f in cell.local)

  function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer)
      timer = null
    }
    if (inFlight) return inFlight
    const batch: CellState[] = []
    for (const key of queue) {
      const cell = store.peek(key)
      queue.delete(key)
      if (!sendable(cell)) continue
      batch.push(cell)
      if (batch.length >= maxBatch) break
    }
    if (batch.length === 0) return Promise.resolve()

    const input: IndicatorValueInput[] = batch.map((cell) => {
      cell.sending = { ...cell.local }
      const item: IndicatorValueInput = {
        indicatorId: cell.indicatorId,
        organizationId: cell.organizationId,
        year: cell.year,
        expectedVersion: cell.basedOn ?? cell.server?.version ?? 0,
      }
      for (const field of FIELDS) {
        if (!(field in cell.local)) continue
        const value = cell.local[field] ?? null
        if (field === 'note') item.note = typeof value === 'string' ? value : null
        else item[field] = typeof value === 'number' ? value : null
        cell.save[field] = 'saving'
      }
      failed.delete(cell.key)
      store.markTouched(cell.key)
      return item
    })
    store.cellsChanged(batch.map((c) => c.key))

    inFlight = send(input)
      .then((rows) => handleSaved(batch, rows), (error) => handleError(batch, error))
      .finally(() => {
        inFlight = null
        if (!disposed && [...queue].some((k) => sendable(store.peek(k))) && !timer) void flush()
      })
    return inFlight
  }

  function handleSaved(batch: CellState[], rows: WrittenValue[]): void {
    retries = 0
    const byKey = new Map(rows.map((r) => [rowKeyOf({ indicatorId: r.indicator.id, organizationId: r.organization?.id ?? null, year: r.year }), r]))
    const saved: CellState[] = []
    for (const cell of batch) {
      const row = byKey.get(cell.key)
      if (row) {
        const { indicator: _indicator, ...value } = row
        cell.server = value
      }
      for (const field of FIELDS) {
        if (!(field in cell.sending)) continue
        if (field in cell.local && cell.local[field] !== cell.sending[field]) {
          // Edited again while this request was out: that newer value is still to be sent.
          cell.save[field] = 'queued'
          queue.add(cell.key)
        } else {
          delete cell.local[field]
          cell.save[field] = 'saved'
        }
      }
      cell.sending = {}
      cell.error = null
      delete cell.basedOn
      saved.push(cell)
    }
    store.cellsChanged(batch.map((c) => c.key))
    setTimeout(() => fadeSaved(saved), savedMs)
  }

  function fadeSaved(cells: CellState[]): void {
    if (disposed) return
    const changed: RowKey[] = []
    for (const cell of cells) {
      for (const field of FIELDS) {
        if (cell.save[field] !== 'saved') continue
        delete cell.save[field]
        changed.push(cell.key)
      }
    }
    store.cellsChanged(changed)
  }

  function handleError(batch: CellState[], error: unknown): void {
    const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', String((error as Error)?.message ?? error))
    if (apiError.code === 'CONFLICT' && Array.isArray(apiError.extensions.cells)) return handleConflict(batch, apiError.extensions.cells as ConflictCell[])
    if (apiError.code === 'BAD_USER_INPUT' && Array.isArray(apiError.extensions.cells)) return handleRefused(batch, apiError.extensions.cells as ProblemCell[])
    for (const cell of batch) {
      for (const field of FIELDS) if (field in cell.sending) cell.save[field] = 'failed'
      cell.sending = {}
      cell.error = apiError.message
      failed.add(cell.key)
    }
    store.cellsChanged(batch.map((c) => c.key))
    // A lost connection or a server hiccup heals by itself; a refusal of rights does not.
    if ((apiError.code === 'NETWORK' || apiError.code === 'INTERNAL') && !disposed) {
      const wait = retryMs[Math.min(retries, retryMs.length - 1)]
      retries++
      if (retryTimer) clearTimeout(retryTimer)
      retryTimer = setTimeout(() => {
        retryTimer = null
        retry()
      }, wait)
    }
  }

  function handleConflict(batch: CellState[], stale: ConflictCell[]): void {
    const staleByKey = new Map(stale.map((c) => [rowKeyOf(c), c]))
    for (const cell of batch) {
      const theirs = staleByKey.get(cell.key)
      const sentFields = FIELDS.filter((f) => f in cell.sending)
      cell.sending = {}
      if (!theirs) {
        // Not stale itself, only refused with the batch (all or nothing): send it again.
        for (const field of sentFields) cell.save[field] = 'queued'
        queue.add(cell.key)
        continue
      }
      const info = {
        target: theirs.target, actual: theirs.actual, note: theirs.note, version: theirs.currentVersion,
        updatedBy: theirs.updatedBy ?? null, updatedAt: theirs.updatedAt ?? null,
      }
      const sameAsMine = FIELDS.every((f) => !(f in cell.local) || cell.local[f] === info[f])
      if (sameAsMine) {
        // Both wrote the same numbers: nothing to ask, take their version and move on.
        adoptTheirs(cell, info)
        for (const field of sentFields) cell.save[field] = 'saved'
        void refetch(cell)
        continue
      }
      cell.conflict = { theirs: info }
      for (const field of FIELDS) if (field in cell.local) cell.save[field] = 'conflict'
    }
    store.cellsChanged(batch.map((c) => c.key))
  }

  function handleRefused(batch: CellState[], problems: ProblemCell[]): void {
    const refusedFields = new Map<CellState, { fields: EditField[]; message: string }>()
    for (const p of problems) {
      const cell = batch[p.index]
      if (!cell) continue
      const fields: EditField[] = p.field === 'target' || p.field === 'actual' || p.field === 'note' ? [p.field] : FIELDS.filter((f) => f in cell.sending)
      const entry = refusedFields.get(cell) ?? { fields: [] as EditField[], message: p.message }
      entry.fields.push(...fields)
      refusedFields.set(cell, entry)
    }
    const rejected: FieldRef[] = []
    for (const cell of batch) {
      const refused = refusedFields.get(cell)
      const sentFields = FIELDS.filter((f) => f in cell.sending)
      cell.sending = {}
      if (!refused) {
        for (const field of sentFields) cell.save[field] = 'queued'
        queue.add(cell.key)
        continue
      }
      // The server is the judge: its refusal puts the cell back and says why.
      for (const field of refused.fields) {
        delete cell.local[field]
        cell.save[field] = 'failed'
        rejected.push({ indicatorId: cell.indicatorId, organizationId: cell.organizationId, year: cell.year, field })
      }
      cell.error = `Сервер не принял: ${refused.message}`
      if (FIELDS.some((f) => f in cell.local)) queue.add(cell.key)
    }
    store.rejected(rejected)
    store.cellsChanged(batch.map((c) => c.key))
  }

  function adoptTheirs(cell: CellState, theirs: NonNullable<CellState['conflict']>['theirs']): void {
    const base: ServerValue = cell.server ?? {
      id: 0, year: cell.year, target: null, actual: null, note: null, version: 0, status: 'NO_TARGET', deviation: null,
      organization: cell.organizationId === null ? null : { id: cell.organizationId },
    }
    cell.server = { ...base, target: theirs.target, actual: theirs.actual, note: theirs.note, version: theirs.version }
    cell.conflict = null
    delete cell.basedOn
  }

  async function refetch(cell: CellState): Promise<void> {
    try {
      const values = await fetchValues(cell.indicatorId, cell.organizationId, [cell.year])
      store.mergeServerValues(cell.indicatorId, values.filter((v) => v.year === cell.year && (v.organization?.id ?? null) === cell.organizationId))
    } catch {
      // The status stays as it was until the next load; the value itself is already right.
    }
  }

  function retry(): void {
    const keys = [...failed]
    failed.clear()
    for (const key of keys) {
      const cell = store.peek(key)
      if (!cell) continue
      for (const field of FIELDS) if (cell.save[field] === 'failed' && field in cell.local) cell.save[field] = 'queued'
      queue.add(key)
    }
    store.cellsChanged(keys)
    void flush()
  }

  function keepMine(key: RowKey): void {
    const cell = store.peek(key)
    if (!cell?.conflict) return
    adoptTheirs(cell, cell.conflict.theirs)
    for (const field of FIELDS) {
      if (field in cell.local) cell.save[field] = 'queued'
      else if (cell.save[field] === 'conflict') delete cell.save[field]
    }
    queue.add(key)
    store.cellsChanged([key])
    schedule()
  }

  async function takeTheirs(key: RowKey): Promise<void> {
    const cell = store.peek(key)
    if (!cell?.conflict) return
    const dropped = FIELDS.filter((f) => f in cell.local)
    adoptTheirs(cell, cell.conflict.theirs)
    cell.local = {}
    for (const field of FIELDS) if (cell.save[field] === 'conflict') delete cell.save[field]
    store.rejected(dropped.map((field) => ({ indicatorId: cell.indicatorId, organizationId: cell.organizationId, year: cell.year, field })))
    store.cellsChanged([key])
    await refetch(cell)
  }

  async function whenIdle(): Promise<void> {
    for (;;) {
      if (inFlight) await inFlight
      else if (timer || [...queue].some((k) => sendable(store.peek(k)))) await flush()
      else return
    }
  }

  function dispose(): void {
    disposed = true
    stopApplied()
    if (timer) clearTimeout(timer)
    if (retryTimer) clearTimeout(retryTimer)
  }

  if (getCurrentScope()) onScopeDispose(dispose)

  return { flush, whenIdle, retry, keepMine, takeTheirs, dispose }
}

export function injectAutosaveOrThrow(): Autosave {
  const autosave = inject(AUTOSAVE, null)
  if (!autosave) throw new Error('Autosave is not provided')
  return autosave
}
