import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IndicatorValueInput, WrittenValue } from '../../client/api/operations.js'
import { useAutosave } from '../../client/features/indicator-grid/composables/useAutosave.js'
import { draftsStorageKey, useDrafts } from '../../client/features/indicator-grid/composables/useDrafts.js'
import { draftsToOffer, parseDrafts, updateDrafts, type DraftSource } from '../../client/features/indicator-grid/lib/drafts.js'
import { makeStore, ref, serverValue } from './fixtures.js'

/** Storage as the browser's localStorage behaves, kept in a Map. */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() { return items.size },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  }
}

const KEY = draftsStorageKey(1, 5)
const row = (fields: Partial<DraftSource> = {}): DraftSource => ({
  indicatorId: 10, organizationId: null, year: 2021, server: { version: 3 }, local: {}, invalid: {}, ...fields,
})

describe('drafts (pure)', () => {
  it('keeps an unsent value and a refused text of a row, with the version they were typed on', () => {
    const owned = new Set<string>()
    const next = updateDrafts({}, [row({ local: { actual: 57.3 }, invalid: { target: { text: '150', message: 'процент должен быть от 0 до 100' } } })], owned, 't')
    expect(next).toEqual({
      '10:m:2021:actual': { ref: ref(10, 2021, 'actual'), value: 57.3, basedOn: 3, savedAt: 't' },
      '10:m:2021:target': { ref: ref(10, 2021, 'target'), refused: { text: '150', message: 'процент должен быть от 0 до 100' }, basedOn: 3, savedAt: 't' },
    })
    expect([...owned].sort()).toEqual(['10:m:2021:actual', '10:m:2021:target'])
  })

  it('removes what this tab wrote once it is saved, and leaves drafts of an earlier session alone', () => {
    const earlier = { '10:m:2022:actual': { ref: ref(10, 2022), value: 1, basedOn: 0, savedAt: 'e' } }
    const owned = new Set<string>()
    const written = updateDrafts(earlier, [row({ local: { actual: 5 } }), row({ year: 2022 })], owned, 't')!
    expect(Object.keys(written).sort()).toEqual(['10:m:2021:actual', '10:m:2022:actual'])
    const saved = updateDrafts(written, [row(), row({ year: 2022 })], owned, 't')
    expect(saved).toEqual(earlier)
    expect(updateDrafts(earlier, [row({ year: 2022 })], owned, 't')).toBeNull()
  })

  it('offers a refused text always and a value only when the server does not hold it', () => {
    const drafts = [
      { ref: ref(10, 2021), value: 5, basedOn: 1, savedAt: 't' },
      { ref: ref(10, 2022), value: 6, basedOn: 1, savedAt: 't' },
      { ref: ref(10, 2023), refused: { text: 'abc', message: 'не число' }, basedOn: 1, savedAt: 't' },
      { ref: ref(99, 2023), value: 1, basedOn: 1, savedAt: 't' },
    ]
    const offered = draftsToOffer(drafts, (r) => (r.year === 2021 ? 5 : null), (r) => r.indicatorId !== 99)
    expect(offered.map((d) => d.ref.year)).toEqual([2022, 2023])
  })

  it('reads nothing from a broken or foreign stored text', () => {
    expect(parseDrafts(null)).toEqual({})
    expect(parseDrafts('{')).toEqual({})
    expect(parseDrafts('[1]')).toEqual({})
    expect(parseDrafts(JSON.stringify({ wrong: { ref: ref(10, 2021), value: 1 } }))).toEqual({})
  })
})

describe('useDrafts', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function session(storage: Storage, send: (input: IndicatorValueInput[]) => Promise<WrittenValue[]> = () => new Promise<WrittenValue[]>(() => {})) {
    const store = makeStore()
    store.mergeServerValues(10, [serverValue(2021, { target: 64.8, version: 3 })])
    const autosave = useAutosave(store, { send, delayMs: 400 })
    const fetchValues = vi.fn(async () => [serverValue(2024, { actual: 2, version: 2 })])
    const drafts = useDrafts(store, { userId: 1, roadmapId: 5, storage, fetchValues })
    return { store, autosave, drafts, fetchValues, send }
  }

  it('keeps an unsent value and a refused one across sessions and restores them: the value sent, the text refused again', async () => {
    const storage = memoryStorage()
    const first = session(storage)
    first.store.applyBatch([{ ref: ref(10, 2021), input: '57,3' }, { ref: ref(10, 2023, 'target'), input: '150' }], 'edit')
    expect(Object.keys(parseDrafts(storage.getItem(KEY))).sort()).toEqual(['10:m:2021:actual', '10:m:2023:target'])
    first.autosave.dispose()

    const sent: IndicatorValueInput[][] = []
    const second = session(storage, vi.fn((input: IndicatorValueInput[]) => {
      sent.push(input)
      return new Promise<WrittenValue[]>(() => {})
    }))
    await second.drafts.load()
    expect(second.drafts.offered.value.map((d) => d.ref.field)).toEqual(['actual', 'target'])
    expect(second.drafts.restore()).toBe(2)
    expect(second.drafts.offered.value).toEqual([])
    expect(second.store.valueOf(ref(10, 2021))).toBe(57.3)
    expect(second.store.peek('10:m:2023')!.invalid.target).toEqual({ text: '150', message: 'процент должен быть от 0 до 100' })
    await vi.advanceTimersByTimeAsync(400)
    expect(sent).toEqual([[{ indicatorId: 10, organizationId: null, year: 2021, actual: 57.3, expectedVersion: 3 }]])
    // Still unsaved in this session, so still kept.
    expect(Object.keys(parseDrafts(storage.getItem(KEY))).sort()).toEqual(['10:m:2021:actual', '10:m:2023:target'])
  })

  it('sends a restored value against the version it was typed on, so a change made meanwhile is a conflict', async () => {
    const storage = memoryStorage()
    storage.setItem(KEY, JSON.stringify({ '10:m:2024:actual': { ref: ref(10, 2024), value: 9, basedOn: 1, savedAt: 't' } }))
    const sent: IndicatorValueInput[][] = []
    const s = session(storage, vi.fn((input: IndicatorValueInput[]) => {
      sent.push(input)
      return new Promise<WrittenValue[]>(() => {})
    }))
    await s.drafts.load()
    // The row was not loaded (another year): fetched to compare.
    expect(s.fetchValues).toHaveBeenCalledWith(10, null, [2024])
    s.drafts.restore()
    await vi.advanceTimersByTimeAsync(400)
    expect(sent[0]).toEqual([{ indicatorId: 10, organizationId: null, year: 2024, actual: 9, expectedVersion: 1 }])
  })

  it('drops a stored value the server already holds and forgets discarded drafts', async () => {
    const storage = memoryStorage()
    storage.setItem(KEY, JSON.stringify({
      '10:m:2024:actual': { ref: ref(10, 2024), value: 2, basedOn: 1, savedAt: 't' },
      '10:m:2025:actual': { ref: ref(10, 2025), refused: { text: 'abc', message: 'не число' }, basedOn: 0, savedAt: 't' },
    }))
    const s = session(storage)
    await s.drafts.load()
    expect(s.drafts.offered.value.map((d) => d.ref.year)).toEqual([2025])
    expect(Object.keys(parseDrafts(storage.getItem(KEY)))).toEqual(['10:m:2025:actual'])
    s.drafts.discard()
    expect(storage.getItem(KEY)).toBeNull()
    const again = session(storage)
    await again.drafts.load()
    expect(again.drafts.offered.value).toEqual([])
  })
})
