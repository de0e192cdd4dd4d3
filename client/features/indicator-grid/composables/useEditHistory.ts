// One app-wide undo/redo stack of applied batches. Recorded when applyBatch() applies an edit,
// so undo is instant; undo and redo are themselves batches through applyBatch().
import { inject, onScopeDispose, getCurrentScope, shallowRef, type InjectionKey, type Ref } from 'vue'
import { cellKeyOf, invertBatch, toCellChanges, type AppliedChange, type FieldRef } from '../lib/cellChange.js'
import { injectGridStoreOrThrow, type BatchResult, type GridStore } from '../gridStore.js'

const MAX_DEPTH = 200

export interface EditHistory {
  canUndo: Ref<boolean>
  canRedo: Ref<boolean>
  undo(): BatchResult | null
  redo(): BatchResult | null
  clear(): void
}

export const EDIT_HISTORY: InjectionKey<EditHistory> = Symbol('EditHistory')

export function useEditHistory(store: GridStore = injectGridStoreOrThrow()): EditHistory {
  const done = shallowRef<AppliedChange[][]>([])
  const undone = shallowRef<AppliedChange[][]>([])
  const canUndo = shallowRef(false)
  const canRedo = shallowRef(false)
  const sync = () => {
    canUndo.value = done.value.length > 0
    canRedo.value = undone.value.length > 0
  }

  const stopApplied = store.onApplied((applied, origin) => {
    if (origin === 'undo' || origin === 'redo' || origin === 'conflict') return
    done.value = [...done.value, applied].slice(-MAX_DEPTH)
    undone.value = []
    sync()
  })

  // The server refused these cells and autosave put them back: their edits leave history.
  const stopRejected = store.onRejected((refs: FieldRef[]) => {
    const gone = new Set(refs.map(cellKeyOf))
    const keep = (batches: AppliedChange[][]) =>
      batches.map((b) => b.filter((c) => !gone.has(cellKeyOf(c.ref)))).filter((b) => b.length > 0)
    done.value = keep(done.value)
    undone.value = keep(undone.value)
    sync()
  })

  if (getCurrentScope()) onScopeDispose(() => {
    stopApplied()
    stopRejected()
  })

  return {
    canUndo,
    canRedo,
    undo() {
      const batch = done.value.at(-1)
      if (!batch) return null
      done.value = done.value.slice(0, -1)
      const result = store.applyBatch(toCellChanges(invertBatch(batch)), 'undo')
      undone.value = [...undone.value, batch]
      sync()
      return result
    },
    redo() {
      const batch = undone.value.at(-1)
      if (!batch) return null
      undone.value = undone.value.slice(0, -1)
      const result = store.applyBatch(toCellChanges(batch), 'redo')
      done.value = [...done.value, batch]
      sync()
      return result
    },
    clear() {
      done.value = []
      undone.value = []
      sync()
    },
  }
}

export function injectEditHistoryOrThrow(): EditHistory {
  const history = inject(EDIT_HISTORY, null)
  if (!history) throw new Error('EditHistory is not provided')
  return history
}
