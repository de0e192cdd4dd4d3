import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../client/api/graphqlClient.js'
import type { IndicatorValueInput, WrittenValue } from '../../client/api/operations.js'
import { useAutosave } from '../../client/features/indicator-grid/composables/useAutosave.js'
import { useEditHistory } from '../../client/features/indicator-grid/composables/useEditHistory.js'
import { makeStore, ref, serverValue } from './fixtures.js'

/** A fake server: each call waits until the test answers it. */
function fakeServer() {
  const calls: { input: IndicatorValueInput[]; resolve: (rows: WrittenValue[]) => void; reject: (e: unknown) => void }[] = []
  const send = vi.fn((input: IndicatorValueInput[]) => new Promise<WrittenValue[]>((resolve, reject) => calls.push({ input, resolve, reject })))
  /** Answers call i as the real server would: each cell written with version + 1. */
  const succeed = (i: number, status: WrittenValue['status'] = 'MET') =>
    calls[i].resolve(calls[i].input.map((c) => ({
      ...serverValue(c.year, { target: c.target ?? null, actual: c.actual ?? null, version: c.expectedVersion + 1, status }),
      organization: c.organizationId === null ? null : { id: c.organizationId },
      indicator: { id: c.indicatorId },
    })))
  return { calls, send, succeed }
}

const flushPromises = () => vi.advanceTimersByTimeAsync(0)

function setup() {
  const store = makeStore()
  store.mergeServerValues(10, [serverValue(2021, { target: 64.8, version: 3, status: 'NO_DATA' }), serverValue(2023, { target: 65.3, version: 1 })])
  const server = fakeServer()
  const fetchValues = vi.fn(async () => [serverValue(2021, { target: 64.8, actual: 70, version: 4, status: 'MET' as const })])
  const history = useEditHistory(store)
  const autosave = useAutosave(store, { send: server.send, fetchValues, delayMs: 400, savedMs: 3000, retryMs: [1000] })
  return { store, server, autosave, history, fetchValues }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('useAutosave', () => {
  it('sends edits as one debounced batch with the versions the client saw (0 for a new cell)', async () => {
    const { store, server } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '63,9' }], 'edit')
    await vi.advanceTimersByTimeAsync(200)
    store.applyBatch([{ ref: ref(10, 2024, 'target'), input: '66' }], 'edit')
    await vi.advanceTimersByTimeAsync(399)
    expect(server.send).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(server.send).toHaveBeenCalledTimes(1)
    expect(server.calls[0].input).toEqual([
      { indicatorId: 10, organizationId: null, year: 2021, actual: 63.9, expectedVersion: 3 },
      { indicatorId: 10, organizationId: null, year: 2024, target: 66, expectedVersion: 0 },
    ])
  })

  it('shows saving, then saved with the server’s row and status, then fades the mark', async () => {
    const { store, server } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '65' }], 'edit')
    await vi.advanceTimersByTimeAsync(400)
    const cell = store.peek('10:m:2021')!
    expect(cell.save.actual).toBe('saving')
    expect(store.summary.saving).toBe(1)
    server.succeed(0, 'MET')
    await flushPromises()
    expect(cell.save.actual).toBe('saved')
    expect(cell.server).toMatchObject({ actual: 65, version: 4, status: 'MET' })
    expect(store.statusOf(ref(10, 2021))).toBe('MET')
    expect(store.summary.hasUnsaved).toBe(false)
    await vi.advanceTimersByTimeAsync(3000)
    expect(cell.save.actual).toBeUndefined()
  })

  it('never lets a late answer overwrite a newer edit of the same cell', async () => {
    const { store, server } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }], 'edit')
    await vi.advanceTimersByTimeAsync(400)
    store.applyBatch([{ ref: ref(10, 2021), input: '62' }], 'edit')
    await vi.advanceTimersByTimeAsync(400)
    // Only one request at a time: the second waits for the first.
    expect(server.send).toHaveBeenCalledTimes(1)
    server.succeed(0)
    await flushPromises()
    expect(store.valueOf(ref(10, 2021))).toBe(62)
    expect(store.peek('10:m:2021')!.save.actual).not.toBe('saved')
    expect(server.send).toHaveBeenCalledTimes(2)
    expect(server.calls[1].input).toEqual([{ indicatorId: 10, organizationId: null, year: 2021, actual: 62, expectedVersion: 4 }])
    server.succeed(1)
    await flushPromises()
    expect(store.valueOf(ref(10, 2021))).toBe(62)
    expect(store.peek('10:m:2021')!.save.actual).toBe('saved')
  })

  it('on CONFLICT keeps my value, shows theirs, and resends the rest of the batch', async () => {
    const { store, server } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }, { ref: ref(10, 2023), input: '66' }], 'paste')
    await vi.advanceTimersByTimeAsync(400)
    server.calls[0].reject(new ApiError('CONFLICT', 'уже изменил другой пользователь', {
      cells: [{ indicatorId: 10, organizationId: null, year: 2021, currentVersion: 5, target: 64.8, actual: 70, note: null, updatedBy: 'Иванова' }],
    }))
    await flushPromises()
    expect(store.valueOf(ref(10, 2021))).toBe(61)
    expect(store.summary.conflicts).toHaveLength(1)
    expect(store.summary.conflicts[0]).toMatchObject({ key: '10:m:2021', mine: { actual: 61 }, theirs: { actual: 70, version: 5, updatedBy: 'Иванова' } })
    expect(store.peek('10:m:2021')!.save.actual).toBe('conflict')
    // The other cell was refused only because the batch is all or nothing.
    expect(server.send).toHaveBeenCalledTimes(2)
    expect(server.calls[1].input).toEqual([{ indicatorId: 10, organizationId: null, year: 2023, actual: 66, expectedVersion: 1 }])
  })

  it('«keep mine» resends my value with the version the conflict reported', async () => {
    const { store, server, autosave } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }], 'edit')
    await vi.advanceTimersByTimeAsync(400)
    server.calls[0].reject(new ApiError('CONFLICT', 'конфликт', {
      cells: [{ indicatorId: 10, organizationId: null, year: 2021, currentVersion: 5, target: 64.8, actual: 70, note: null }],
    }))
    await flushPromises()
    autosave.keepMine('10:m:2021')
    expect(store.summary.conflicts).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(400)
    expect(server.calls[1].input).toEqual([{ indicatorId: 10, organizationId: null, year: 2021, actual: 61, expectedVersion: 5 }])
    server.succeed(1)
    await flushPromises()
    expect(store.valueOf(ref(10, 2021))).toBe(61)
  })

  it('«take theirs» drops my value, reloads the row and leaves history without it', async () => {
    const { store, server, autosave, history, fetchValues } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }], 'edit')
    await vi.advanceTimersByTimeAsync(400)
    server.calls[0].reject(new ApiError('CONFLICT', 'конфликт', {
      cells: [{ indicatorId: 10, organizationId: null, year: 2021, currentVersion: 4, target: 64.8, actual: 70, note: null }],
    }))
    await flushPromises()
    await autosave.takeTheirs('10:m:2021')
    expect(fetchValues).toHaveBeenCalledWith(10, null, [2021])
    expect(store.valueOf(ref(10, 2021))).toBe(70)
    expect(store.statusOf(ref(10, 2021))).toBe('MET')
    expect(store.summary.hasUnsaved).toBe(false)
    expect(history.canUndo.value).toBe(false)
    await vi.advanceTimersByTimeAsync(1000)
    expect(server.send).toHaveBeenCalledTimes(1)
  })

  it('settles a conflict by itself when the other person wrote the same value', async () => {
    const { store, server } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '70' }], 'edit')
    await vi.advanceTimersByTimeAsync(400)
    server.calls[0].reject(new ApiError('CONFLICT', 'конфликт', {
      cells: [{ indicatorId: 10, organizationId: null, year: 2021, currentVersion: 4, target: 64.8, actual: 70, note: null }],
    }))
    await flushPromises()
    expect(store.summary.conflicts).toHaveLength(0)
    expect(store.valueOf(ref(10, 2021))).toBe(70)
    expect(store.peek('10:m:2021')!.server!.version).toBe(4)
  })

  it('on BAD_USER_INPUT puts the refused cell back, says why, drops it from history and resends the rest', async () => {
    const { store, server, history } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }, { ref: ref(10, 2023), input: '66' }], 'paste')
    await vi.advanceTimersByTimeAsync(400)
    server.calls[0].reject(new ApiError('BAD_USER_INPUT', 'Пакет не записан', {
      cells: [{ index: 0, indicatorId: 10, organizationId: null, year: 2021, field: 'actual', message: '2021 год закрыт для изменений' }],
    }))
    await flushPromises()
    expect(store.valueOf(ref(10, 2021))).toBeNull()
    expect(store.peek('10:m:2021')!.save.actual).toBe('failed')
    expect(store.peek('10:m:2021')!.error).toContain('2021 год закрыт для изменений')
    expect(server.calls[1].input).toEqual([{ indicatorId: 10, organizationId: null, year: 2023, actual: 66, expectedVersion: 1 }])
    history.undo()
    expect(store.valueOf(ref(10, 2023))).toBeNull()
    expect(store.valueOf(ref(10, 2021))).toBeNull()
  })

  it('keeps the values after a network failure and retries by itself', async () => {
    const { store, server } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }], 'edit')
    await vi.advanceTimersByTimeAsync(400)
    server.calls[0].reject(new ApiError('NETWORK', 'Нет связи с сервером'))
    await flushPromises()
    expect(store.valueOf(ref(10, 2021))).toBe(61)
    expect(store.summary.failed).toBe(1)
    expect(store.summary.lastError).toBe('Нет связи с сервером')
    await vi.advanceTimersByTimeAsync(1000)
    expect(server.send).toHaveBeenCalledTimes(2)
    expect(server.calls[1].input).toEqual([{ indicatorId: 10, organizationId: null, year: 2021, actual: 61, expectedVersion: 3 }])
    server.succeed(1)
    await flushPromises()
    expect(store.summary.failed).toBe(0)
  })

  it('sends an undo like any edit, with the newest version', async () => {
    const { store, server, history } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }], 'edit')
    await vi.advanceTimersByTimeAsync(400)
    server.succeed(0)
    await flushPromises()
    history.undo()
    await vi.advanceTimersByTimeAsync(400)
    expect(server.calls[1].input).toEqual([{ indicatorId: 10, organizationId: null, year: 2021, actual: null, expectedVersion: 4 }])
  })

  it('splits a very large paste into several requests', async () => {
    const store = makeStore()
    const server = fakeServer()
    useAutosave(store, { send: server.send, delayMs: 10, maxBatch: 2 })
    store.applyBatch([2021, 2023, 2024, 2025].map((year) => ({ ref: ref(10, year, 'target'), input: '50' })), 'paste')
    await vi.advanceTimersByTimeAsync(10)
    expect(server.calls[0].input).toHaveLength(2)
    server.succeed(0)
    await flushPromises()
    expect(server.calls[1].input).toHaveLength(2)
  })

  it('whenIdle waits for the debounce and the request in flight', async () => {
    const { store, server, autosave } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }], 'edit')
    let isIdle = false
    void autosave.whenIdle().then(() => (isIdle = true))
    await flushPromises()
    expect(server.send).toHaveBeenCalledTimes(1)
    expect(isIdle).toBe(false)
    server.succeed(0)
    await flushPromises()
    expect(isIdle).toBe(true)
  })
})
