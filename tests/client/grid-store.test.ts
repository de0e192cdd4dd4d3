import { describe, expect, it, vi } from 'vitest'
import { makeStore, ref, serverValue } from './fixtures.js'

describe('applyBatch', () => {
  it('applies a typed ru-RU value at once and reports it as applied', () => {
    const store = makeStore()
    store.mergeServerValues(10, [serverValue(2021, { target: 64.8, version: 3 })])
    const result = store.applyBatch([{ ref: ref(10, 2021), input: '63,9' }], 'edit')
    expect(result).toEqual({ applied: [{ ref: ref(10, 2021), from: null, to: 63.9 }], refused: [] })
    expect(store.valueOf(ref(10, 2021))).toBe(63.9)
    expect(store.displayValue(ref(10, 2021))).toBe('63,9')
    expect(store.summary.queued).toBe(1)
    expect(store.summary.hasUnsaved).toBe(true)
  })

  it('shows the row as pending and computes its deviation until the server answers', () => {
    const store = makeStore()
    store.mergeServerValues(10, [serverValue(2021, { target: 64.8, status: 'NO_DATA' })])
    expect(store.statusOf(ref(10, 2021))).toBe('NO_DATA')
    store.applyBatch([{ ref: ref(10, 2021), input: '65,3' }], 'edit')
    expect(store.statusOf(ref(10, 2021))).toBe('PENDING')
    expect(store.deviationOf(ref(10, 2021))).toBeCloseTo(0.5, 9)
  })

  it('marks an invalid value on its cell, keeps the old value and never reports it as applied', () => {
    const store = makeStore()
    store.mergeServerValues(10, [serverValue(2021, { actual: 60 })])
    const listener = vi.fn()
    store.onApplied(listener)
    const result = store.applyBatch([{ ref: ref(10, 2021), input: '150' }], 'edit')
    expect(result.applied).toEqual([])
    expect(result.refused).toEqual([{ ref: ref(10, 2021), text: '150', message: 'процент должен быть от 0 до 100' }])
    expect(listener).not.toHaveBeenCalled()
    expect(store.valueOf(ref(10, 2021))).toBe(60)
    expect(store.displayValue(ref(10, 2021))).toBe('150')
    expect(store.summary.invalid).toBe(1)
    expect(store.summary.lastRefusal).toContain('процент должен быть от 0 до 100')
  })

  it('clears the invalid mark when a valid value (or the same old one) is typed over it', () => {
    const store = makeStore()
    store.mergeServerValues(10, [serverValue(2021, { actual: 60 })])
    store.applyBatch([{ ref: ref(10, 2021), input: 'abc' }], 'edit')
    const result = store.applyBatch([{ ref: ref(10, 2021), input: '60' }], 'edit')
    expect(result.applied).toEqual([])
    expect(store.displayValue(ref(10, 2021))).toBe('60,0')
    expect(store.summary.invalid).toBe(0)
  })

  it('refuses read-only cells with the reason: baseline year, locked year, a municipal indicator in a school’s table', () => {
    const store = makeStore()
    const { refused } = store.applyBatch([
      { ref: ref(10, 2020), input: '1' },
      { ref: ref(10, 2022), input: '1' },
      { ref: ref(10, 2021, 'actual', 5), input: '1' },
    ], 'paste')
    expect(refused.map((r) => r.message)).toEqual([
      'базовый год: только просмотр',
      '2022 год закрыт для изменений',
      'показатель муниципального уровня: значения по организациям не ведутся',
    ])
  })

  it('lets a SCHOOL user enter facts of its own organisation only, and no targets', () => {
    const store = makeStore({ role: 'SCHOOL', municipalityId: 7, organizationId: 5 })
    expect(store.readOnlyReason(ref(12, 2021, 'actual', 5))).toBeNull()
    expect(store.readOnlyReason(ref(12, 2021, 'target', 5))).toBe('план устанавливает специалист управления образования')
    expect(store.readOnlyReason(ref(12, 2021, 'actual', 6))).toBe('пользователь школы вводит данные только своей организации')
    expect(store.readOnlyReason(ref(12, 2021, 'actual', null))).toBe('пользователь школы вводит данные только своей организации')
  })

  it('lets a MANAGER edit nothing', () => {
    const store = makeStore({ role: 'MANAGER', municipalityId: 7, organizationId: null })
    expect(store.readOnlyReason(ref(10, 2021))).toContain('только просмотр')
  })

  it('skips a change to the value a cell already has, and a cell named twice in one batch', () => {
    const store = makeStore()
    store.mergeServerValues(11, [serverValue(2021, { target: 58 })])
    const { applied } = store.applyBatch([
      { ref: ref(11, 2021, 'target'), input: '58' },
      { ref: ref(11, 2021, 'actual'), input: '60' },
      { ref: ref(11, 2021, 'actual'), input: '61' },
    ], 'paste')
    expect(applied).toEqual([{ ref: ref(11, 2021, 'actual'), from: null, to: 60 }])
  })

  it('keeps unsaved edits on top of a reload from the server', () => {
    const store = makeStore()
    store.mergeServerValues(10, [serverValue(2021, { actual: 1, version: 1 })])
    store.applyBatch([{ ref: ref(10, 2021), input: '2' }], 'edit')
    store.mergeServerValues(10, [serverValue(2021, { actual: 5, version: 2 })])
    expect(store.valueOf(ref(10, 2021))).toBe(2)
    expect(store.peek('10:m:2021')!.server!.version).toBe(2)
  })

  it('tells listeners which rows changed, for the grid to repaint', () => {
    const store = makeStore()
    const changed = vi.fn()
    store.onCellsChanged(changed)
    store.applyBatch([{ ref: ref(10, 2021), input: '1' }, { ref: ref(11, 2023, 'target'), input: '2' }], 'paste')
    expect(changed).toHaveBeenCalledWith(['10:m:2021', '11:m:2023'])
  })
})

describe('mergeServerIndicators', () => {
  it('takes a whole table’s values and reports the changed rows once', () => {
    const store = makeStore()
    const listener = vi.fn()
    store.onCellsChanged(listener)
    store.mergeServerIndicators([
      { id: 10, values: [serverValue(2021, { target: 64.8 }), serverValue(2022, { target: 65 })] },
      { id: 11, values: [serverValue(2021, { actual: 58 })] },
    ])
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener.mock.calls[0][0]).toHaveLength(3)
    expect(store.valueOf(ref(10, 2022, 'target'))).toBe(65)
    expect(store.valueOf(ref(11, 2021))).toBe(58)
  })
})
