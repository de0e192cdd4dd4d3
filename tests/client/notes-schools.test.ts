import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IndicatorValueInput, WrittenValue } from '../../client/api/operations.js'
import { useAutosave } from '../../client/features/indicator-grid/composables/useAutosave.js'
import { useEditHistory } from '../../client/features/indicator-grid/composables/useEditHistory.js'
import type { FieldRef } from '../../client/features/indicator-grid/lib/cellChange.js'
import {
  buildSchoolColumns, buildSchoolRows, parseSchoolColId, schoolColId, schoolRowIdOfKey,
} from '../../client/features/indicator-grid/lib/schoolsModel.js'
import { indicators, makeStore, serverValue } from './fixtures.js'

const note = (indicatorId: number, year: number, organizationId: number | null = null): FieldRef => ({ indicatorId, organizationId, year, field: 'note' })

describe('notes through the edit pipeline', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('applies a note, sends only the note with the version seen, and undoes it to the old note', async () => {
    const store = makeStore()
    store.mergeServerValues(10, [serverValue(2021, { target: 64.8, note: 'старое', version: 3 })])
    const history = useEditHistory(store)
    const calls: IndicatorValueInput[][] = []
    const send = vi.fn(async (input: IndicatorValueInput[]) => {
      calls.push(input)
      return input.map((c) => ({ ...serverValue(c.year, { target: 64.8, note: c.note ?? null, version: c.expectedVersion + 1 }), indicator: { id: c.indicatorId } })) as WrittenValue[]
    })
    useAutosave(store, { send, delayMs: 10 })

    const result = store.applyBatch([{ ref: note(10, 2021), input: '  не проводился ' }], 'edit')
    expect(result.applied).toEqual([{ ref: note(10, 2021), from: 'старое', to: 'не проводился' }])
    expect(store.noteOf({ indicatorId: 10, organizationId: null, year: 2021 })).toBe('не проводился')
    // A note does not make the numbers pending.
    expect(store.statusOf({ indicatorId: 10, organizationId: null, year: 2021 })).not.toBe('PENDING')
    await vi.advanceTimersByTimeAsync(10)
    expect(calls[0]).toEqual([{ indicatorId: 10, organizationId: null, year: 2021, note: 'не проводился', expectedVersion: 3 }])

    history.undo()
    await vi.advanceTimersByTimeAsync(10)
    expect(calls[1]).toEqual([{ indicatorId: 10, organizationId: null, year: 2021, note: 'старое', expectedVersion: 4 }])
  })

  it('sends an emptied note as null (cleared) and refuses a note in a locked year', () => {
    const store = makeStore()
    store.mergeServerValues(10, [serverValue(2021, { note: 'было' })])
    expect(store.applyBatch([{ ref: note(10, 2021), input: '   ' }], 'edit').applied[0].to).toBe(null)
    const locked = store.applyBatch([{ ref: note(10, 2022), input: 'текст' }], 'edit')
    expect(locked.applied).toEqual([])
    expect(store.summary.lastRefusal).toContain('примечание')
  })
})

describe('schools table model', () => {
  const orgs = [{ id: 5, name: 'МБОУ СОШ № 1', shortName: 'СОШ 1' }, { id: 6, name: 'МБОУ Гимназия', shortName: '' }]

  it('puts organisations first and the municipality row last; a school sees only its own', () => {
    expect(buildSchoolRows(orgs).map((r) => [r.rowId, r.name])).toEqual([['s:5', 'СОШ 1'], ['s:6', 'МБОУ Гимназия'], ['s:m', 'Муниципалитет']])
    expect(buildSchoolRows(orgs, 6).map((r) => r.organizationId)).toEqual([6, null])
  })

  it('builds План/Факт/Откл. for one indicator or a direction’s organisation-level indicators', () => {
    const one = buildSchoolColumns(indicators, { kind: 'indicator', indicatorId: 12 })
    expect(one.map((g) => g.columns.map((c) => c.colId))).toEqual([['i12:target', 'i12:actual', 'i12:deviation']])
    expect(buildSchoolColumns(indicators, { kind: 'direction', directionId: 3 }).map((g) => g.indicator.id)).toEqual([12])
    // Municipality-level indicators are not kept per school.
    expect(buildSchoolColumns(indicators, { kind: 'indicator', indicatorId: 10 })).toEqual([])
    expect(parseSchoolColId(schoolColId(12, 'actual'))).toEqual({ indicatorId: 12, field: 'actual' })
    expect(schoolRowIdOfKey('12:5:2022', 2022)).toBe('s:5')
    expect(schoolRowIdOfKey('12:m:2022', 2022)).toBe('s:m')
    expect(schoolRowIdOfKey('12:5:2021', 2022)).toBe(null)
  })
})
