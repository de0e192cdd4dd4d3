import { describe, expect, it } from 'vitest'
import { useEditHistory } from '../../client/features/indicator-grid/composables/useEditHistory.js'
import { makeStore, ref, serverValue } from './fixtures.js'

function setup() {
  const store = makeStore()
  store.mergeServerValues(10, [serverValue(2021, { target: 64.8, actual: 60 }), serverValue(2023, { target: 65.3 })])
  const history = useEditHistory(store)
  return { store, history }
}

describe('useEditHistory', () => {
  it('undoes a whole batch at once and redoes it', () => {
    const { store, history } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }, { ref: ref(10, 2023), input: '62' }], 'paste')
    expect(history.canUndo.value).toBe(true)
    history.undo()
    expect(store.valueOf(ref(10, 2021))).toBe(60)
    expect(store.valueOf(ref(10, 2023))).toBeNull()
    expect(history.canRedo.value).toBe(true)
    history.redo()
    expect(store.valueOf(ref(10, 2021))).toBe(61)
    expect(store.valueOf(ref(10, 2023))).toBe(62)
  })

  it('undoes batches in reverse order', () => {
    const { store, history } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }], 'edit')
    store.applyBatch([{ ref: ref(10, 2021), input: '62' }], 'edit')
    history.undo()
    expect(store.valueOf(ref(10, 2021))).toBe(61)
    history.undo()
    expect(store.valueOf(ref(10, 2021))).toBe(60)
    expect(history.canUndo.value).toBe(false)
    expect(history.undo()).toBeNull()
  })

  it('drops the redo stack when a new edit is made', () => {
    const { store, history } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }], 'edit')
    history.undo()
    store.applyBatch([{ ref: ref(10, 2021), input: '63' }], 'edit')
    expect(history.canRedo.value).toBe(false)
  })

  it('does not record invalid input, which was never applied', () => {
    const { store, history } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '150' }], 'edit')
    expect(history.canUndo.value).toBe(false)
  })

  it('sends undo through applyBatch, so it is saved like any edit', () => {
    const { store, history } = setup()
    const origins: string[] = []
    store.onApplied((_, origin) => origins.push(origin))
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }], 'edit')
    history.undo()
    history.redo()
    expect(origins).toEqual(['edit', 'undo', 'redo'])
  })

  it('forgets cells the server refused, and batches left empty', () => {
    const { store, history } = setup()
    store.applyBatch([{ ref: ref(10, 2021), input: '61' }], 'edit')
    store.applyBatch([{ ref: ref(10, 2023), input: '62' }, { ref: ref(10, 2021), input: '63' }], 'paste')
    store.rejected([ref(10, 2021)])
    history.undo()
    expect(store.valueOf(ref(10, 2023))).toBeNull()
    expect(history.canUndo.value).toBe(false)
  })
})
