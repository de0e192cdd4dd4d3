// The measures of a roadmap and the writing of their statuses: the row shows the new status at
// once; a refused write puts the server's status back and says why. After a write the list is
// read again quietly, since closing or reopening a year changes what is overdue.
import { reactive, ref, shallowRef, type Ref } from 'vue'
import { ApiError } from '../../../api/graphqlClient.js'
import { fetchMeasures, setMeasureStatuses, type MeasureRow, type MeasureStatusKind } from '../../../api/measureOperations.js'
import { STATUS_NAMES } from '../lib/measureFilter.js'

export type CellSaveState = 'saving' | 'saved' | 'failed'

const cellKey = (measureId: number, year: number) => `${measureId}:${year}`

export function useMeasures(roadmapId: Ref<number>) {
  const measures = shallowRef<MeasureRow[]>([])
  const isLoading = ref(false)
  const loadError = ref<string | null>(null)
  const saveState = reactive(new Map<string, CellSaveState>())
  const message = ref<{ text: string; kind: 'info' | 'error' } | null>(null)
  let writes = 0

  async function load(quiet = false): Promise<void> {
    const startedAfterWrites = writes
    if (!quiet) isLoading.value = true
    try {
      const rows = await fetchMeasures(roadmapId.value)
      // A write started meanwhile: its answer is newer than this list.
      if (quiet && startedAfterWrites !== writes) return
      measures.value = rows
      loadError.value = null
    } catch (e) {
      if (!quiet) loadError.value = (e as Error).message
    } finally {
      if (!quiet) isLoading.value = false
    }
  }

  function replace(measureId: number, update: (m: MeasureRow) => MeasureRow) {
    measures.value = measures.value.map((m) => (m.id === measureId ? update(m) : m))
  }

  async function setStatus(measureId: number, year: number, status: MeasureStatusKind, note?: string | null): Promise<void> {
    const measure = measures.value.find((m) => m.id === measureId)
    if (!measure) return
    const before = measure.statuses.find((s) => s.year === year) ?? null
    const key = cellKey(measureId, year)
    writes++
    saveState.set(key, 'saving')
    const nextNote = note === undefined ? (before?.note ?? null) : note
    replace(measureId, (m) => ({
      ...m,
      statuses: [...m.statuses.filter((s) => s.year !== year), { id: before?.id ?? 0, year, status, note: nextNote, version: before?.version ?? 0 }],
    }))
    try {
      const [written] = await setMeasureStatuses([
        { measureId, year, status, ...(note === undefined ? {} : { note }), expectedVersion: before?.version ?? 0 },
      ])
      replace(measureId, (m) => ({ ...m, statuses: [...m.statuses.filter((s) => s.year !== year), written] }))
      saveState.set(key, 'saved')
      message.value = { text: `Мероприятие ${measure.code}, ${year}: ${STATUS_NAMES[written.status].toLowerCase()}`, kind: 'info' }
      void load(true)
    } catch (e) {
      const error = e as ApiError
      saveState.set(key, 'failed')
      replace(measureId, (m) => ({ ...m, statuses: [...m.statuses.filter((s) => s.year !== year), ...(before ? [before] : [])] }))
      if (error.code === 'CONFLICT') {
        message.value = { text: `${error.message}. Показан текущий статус — проверьте и выберите снова.`, kind: 'error' }
        await load(true)
      } else {
        message.value = { text: `Статус не сохранён: ${error.message}`, kind: 'error' }
      }
    }
  }

  const stateOf = (measureId: number, year: number): CellSaveState | undefined => saveState.get(cellKey(measureId, year))

  return { measures, isLoading, loadError, message, load, setStatus, stateOf }
}
